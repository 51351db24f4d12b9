package org.servicecentre.programme.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.formlayout.FormLayout.ResponsiveStep;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import org.servicecentre.programme.RegistrationDraft;
import org.servicecentre.programme.RegistrationService;
import org.servicecentre.programme.RegistrationSummary;
import org.servicecentre.programme.ResidentDraft;
import org.servicecentre.programme.ResidentService;
import org.servicecentre.programme.ResidentSummary;
import org.servicecentre.programme.SessionSummary;
import org.servicecentre.programme.TargetGroup;
import org.servicecentre.shared.TranslationProvider;
import org.servicecentre.shared.ui.DomainErrors;

/**
 * Registers a resident for a session as staff: first look the phone number up (so a known resident is registered
 * instead of entered twice), else describe a new resident, with their consent to anything personal. The outcome
 * (a place or a waitlist turn) and the ticket link are shown in the same dialog.
 */
class RegisterResidentDialog extends Dialog {

    private final RegistrationService registrations;
    private final ResidentService residents;
    private final SessionSummary session;
    private final boolean wholeProgramme;
    private final Runnable onRegistered;
    private final BeanValidationBinder<ResidentDraft> binder = new BeanValidationBinder<>(ResidentDraft.class);
    private final TextField search = new TextField();
    private final Div found = new Div();
    private final TextField name = new TextField();
    private final TextField phone = new TextField();
    private final MultiSelectComboBox<TargetGroup> groups = new MultiSelectComboBox<>();
    private final Checkbox consent = new Checkbox();
    private final Button register = new Button();

    RegisterResidentDialog(RegistrationService registrations, ResidentService residents, SessionSummary session,
                           boolean wholeProgramme, Runnable onRegistered) {
        this.registrations = registrations;
        this.residents = residents;
        this.session = session;
        this.wholeProgramme = wholeProgramme;
        this.onRegistered = onRegistered;
        setHeaderTitle(getTranslation("attendance.register.title"));
        setWidth("min(640px, 95vw)");
        setCloseOnOutsideClick(false);
        setId("register-resident");
        add(searchPart(), newResidentPart());
        var cancel = new Button(getTranslation("form.cancel"), e -> close());
        register.setText(getTranslation("attendance.register.new"));
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        register.addClickListener(e -> registerNew());
        register.setId("register-new");
        getFooter().add(cancel, register);
    }

    private Div searchPart() {
        search.setLabel(getTranslation("attendance.register.search"));
        search.setHelperText(getTranslation("attendance.register.search.help"));
        search.setId("register-search");
        search.setClearButtonVisible(true);
        var find = new Button(getTranslation("attendance.register.find"), VaadinIcon.SEARCH.create(), e -> find());
        find.setId("register-find");
        find.addClickShortcut(com.vaadin.flow.component.Key.ENTER).listenOn(search);
        var row = new HorizontalLayout(search, find);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        found.addClassName("register-found");
        found.setId("register-found");
        return new Div(row, found);
    }

    private Div newResidentPart() {
        name.setLabel(getTranslation("attendance.register.name"));
        name.setMaxLength(60);
        name.setId("register-name");
        phone.setLabel(getTranslation("attendance.register.phone"));
        phone.setId("register-phone");
        groups.setLabel(getTranslation("attendance.register.groups"));
        groups.setItems(TargetGroup.values());
        groups.setItemLabelGenerator(g -> getTranslation(TranslationProvider.keyOf(g)));
        groups.setId("register-groups");
        consent.setLabel(getTranslation("attendance.register.consent"));
        consent.setId("register-consent");
        consent.addValueChangeListener(e -> consent.setInvalid(false));
        binder.forField(name).withNullRepresentation("").bind("displayName");
        binder.forField(phone).withNullRepresentation("").bind("phone");
        binder.forField(groups).bind("targetGroups");
        binder.forField(consent).bind("consent");
        var form = new FormLayout(name, phone, groups);
        form.setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("420px", 2));
        form.setColspan(groups, 2);
        var notice = new Paragraph(getTranslation("attendance.register.notice"));
        notice.addClassName("register-notice");
        var part = new Div(new H4(getTranslation("attendance.register.new-resident")),
                new Paragraph(getTranslation("attendance.register.new-resident.help")), form, notice, consent);
        part.addClassName("register-new-resident");
        return part;
    }

    private void find() {
        found.removeAll();
        var matches = DomainErrors.attempt(() -> residents.findByPhone(search.getValue()));
        if (matches == null) {
            return;
        }
        if (matches.isEmpty()) {
            found.add(new Paragraph(getTranslation("attendance.register.none-found")));
            phone.setValue(search.getValue());
            return;
        }
        matches.forEach(resident -> found.add(match(resident)));
    }

    private HorizontalLayout match(ResidentSummary resident) {
        var label = new Span(resident.label(id -> getTranslation("attendance.anonymous", id))
                + (resident.phone() == null ? "" : " · " + resident.phone()));
        var pick = new Button(getTranslation("attendance.register.pick"),
                e -> submit(new RegistrationDraft(session.programmeId(), sessionId(), resident.id(), null)));
        pick.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        pick.addClassName("register-pick");
        var row = new HorizontalLayout(VaadinIcon.USER.create(), label, pick);
        row.setAlignItems(FlexComponent.Alignment.CENTER);
        row.addClassName("register-match");
        return row;
    }

    private void registerNew() {
        ResidentDraft draft;
        try {
            draft = binder.writeRecord();
        } catch (ValidationException e) {
            return;
        }
        if (draft.personal() && !draft.consent()) {
            consent.setErrorMessage(getTranslation("error.resident_consent_required"));
            consent.setInvalid(true);
            consent.focus();
            return;
        }
        submit(new RegistrationDraft(session.programmeId(), sessionId(), null, draft));
    }

    private void submit(RegistrationDraft draft) {
        RegistrationSummary done = DomainErrors.attempt(() -> registrations.register(draft));
        if (done != null) {
            onRegistered.run();
            showOutcome(done);
        }
    }

    private void showOutcome(RegistrationSummary done) {
        removeAll();
        add(new RegistrationOutcome(done));
        getFooter().removeAll();
        var close = new Button(getTranslation("attendance.register.done"), e -> close());
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        close.setId("register-done");
        getFooter().add(close);
    }

    private Long sessionId() {
        return wholeProgramme ? null : session.id();
    }
}
