package org.servicecentre.programme.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.formlayout.FormLayout.ResponsiveStep;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.converter.Converter;
import com.vaadin.flow.data.binder.Result;
import java.util.function.Consumer;
import org.servicecentre.programme.ResidentDraft;
import org.servicecentre.programme.TargetGroup;
import org.servicecentre.shared.DomainException;
import org.servicecentre.shared.TranslationProvider;
import org.servicecentre.shared.ui.DomainErrors;

/**
 * Enters or edits a resident: an optional name, phone number and target groups, the privacy notice as it is read to
 * the resident, and the "the resident agrees" box that anything personal needs. A refused save keeps what was typed.
 */
class ResidentForm extends Dialog {

    private final BeanValidationBinder<ResidentDraft> binder = new BeanValidationBinder<>(ResidentDraft.class);
    private final TextField name = new TextField(getTranslation("residents.field.name"));
    private final TextField phone = new TextField(getTranslation("residents.field.phone"));
    private final CheckboxGroup<TargetGroup> groups = new CheckboxGroup<>(getTranslation("residents.field.groups"));
    private final Checkbox consent = new Checkbox(getTranslation("residents.field.consent"));
    private final Consumer<ResidentDraft> save;

    ResidentForm(String title, ResidentDraft draft, Consumer<ResidentDraft> save) {
        this.save = save;
        setHeaderTitle(title);
        addClassNames("form-dialog", "resident-form");
        setCloseOnOutsideClick(false);
        setWidth("min(44rem, 100vw)");
        name.setId("resident-name");
        name.setHelperText(getTranslation("residents.field.name.helper"));
        name.setMaxLength(60);
        phone.setId("resident-phone");
        phone.setAllowedCharPattern("[0-9 +()\\-]");
        groups.setId("resident-groups");
        groups.setItems(TargetGroup.values());
        groups.setItemLabelGenerator(g -> getTranslation(TranslationProvider.keyOf(g)));
        groups.addClassName("resident-groups");
        consent.setId("resident-consent");
        binder.forField(name).bind("displayName");
        binder.forField(phone).withConverter(Converter.from(ResidentForm::digits, v -> v == null ? "" : v))
                .withValidator(v -> v == null || v.matches("[0-9]{5,15}"),
                        getTranslation("residents.field.phone.invalid")).bind("phone");
        binder.forField(groups).bind("targetGroups");
        binder.forField(consent).bind("consent");
        binder.readRecord(draft);
        name.addValueChangeListener(e -> markConsent());
        phone.addValueChangeListener(e -> markConsent());
        groups.addValueChangeListener(e -> markConsent());
        consent.addValueChangeListener(e -> consent.setInvalid(false));
        markConsent();

        var form = new FormLayout(name, phone, groups);
        form.setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("480px", 2));
        form.setColspan(groups, 2);
        var hint = new Paragraph(getTranslation("residents.form.anonymous.hint"));
        hint.addClassName("form-hint");
        add(form, hint, notice(), consent);

        var ok = new Button(getTranslation("form.save"), e -> save());
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.setId("resident-save");
        var cancel = new Button(getTranslation("form.cancel"), e -> close());
        cancel.setId("resident-cancel");
        getFooter().add(cancel, ok);
    }

    private Div notice() {
        var text = new Paragraph(getTranslation("privacy.notice.text"));
        text.setId("privacy-notice");
        var notice = new Div(new H4(getTranslation("residents.notice.title")), text);
        notice.addClassName("privacy-notice");
        return notice;
    }

    /** The consent box is required as soon as anything personal is typed. */
    private void markConsent() {
        boolean personal = !name.getValue().isBlank() || !phone.getValue().isBlank() || !groups.getValue().isEmpty();
        consent.setRequiredIndicatorVisible(personal);
    }

    private void save() {
        ResidentDraft draft;
        try {
            draft = binder.writeRecord();
        } catch (ValidationException e) {
            return;
        }
        Boolean saved = DomainErrors.attempt(() -> {
            try {
                save.accept(draft);
                return Boolean.TRUE;
            } catch (DomainException e) {
                if (!"RESIDENT_CONSENT_REQUIRED".equals(e.code())) {
                    throw e;
                }
                consent.setErrorMessage(DomainErrors.message(e));
                consent.setInvalid(true);
                return Boolean.FALSE;
            }
        });
        if (Boolean.TRUE.equals(saved)) {
            close();
        }
    }

    private static Result<String> digits(String typed) {
        if (typed == null || typed.isBlank()) {
            return Result.ok(null);
        }
        var digits = typed.strip().replaceAll("[\\s\\-()]", "");
        if (digits.startsWith("+86")) {
            digits = digits.substring(3);
        }
        return Result.ok(digits);
    }
}
