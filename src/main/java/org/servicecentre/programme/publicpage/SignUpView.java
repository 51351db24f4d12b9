package org.servicecentre.programme.publicpage;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldVariant;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Locale;
import org.servicecentre.programme.PublicProgramme;
import org.servicecentre.programme.PublicRegistrations;
import org.servicecentre.programme.RegistrationMode;
import org.servicecentre.programme.SessionStatus;
import org.servicecentre.programme.SessionSummary;
import org.servicecentre.programme.TargetGroup;
import org.servicecentre.shared.NotFoundException;
import org.servicecentre.shared.ui.DomainErrors;
import org.servicecentre.shared.ui.Notifications;

/**
 * Signing up for a session (or a whole programme): an optional name, phone and groups, the privacy notice in plain
 * words and a required tick to agree. Past a few sign-ups from one address a small sum comes first; far past it the
 * resident is sent to the front desk. On success the resident lands on their ticket page.
 */
@Route(value = "p/:code/register/:session?", layout = PublicLayout.class)
@AnonymousAllowed
class SignUpView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final PublicRegistrations registrations;
    private final PublicAttemptGuard guard;
    private final BeanValidationBinder<SignUpFields> binder = new BeanValidationBinder<>(SignUpFields.class);
    private final SignUpFields fields = new SignUpFields();
    private final Button submit = new Button();
    private String code;
    private Long sessionId;

    SignUpView(PublicRegistrations registrations, PublicAttemptGuard guard) {
        this.registrations = registrations;
        this.guard = guard;
        addClassName("public-sign-up");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        code = event.getRouteParameters().get("code").orElse("");
        sessionId = event.getRouteParameters().getLong("session").orElse(null);
        PublicProgramme programme;
        try {
            programme = registrations.programme(code);
        } catch (NotFoundException e) {
            add(new PublicNotFound("public.not-found.title", "public.not-found.text"));
            return;
        }
        var session = programme.sessions().stream().filter(s -> sessionId != null && s.id() == sessionId).findFirst();
        boolean whole = programme.mode() == RegistrationMode.WHOLE_PROGRAMME;
        if (!whole && (session.isEmpty() || session.get().status() == SessionStatus.CANCELLED)) {
            add(header(programme, null), gone());
            return;
        }
        add(header(programme, session.orElse(null)), form(whole ? firstScheduled(programme) : session.get()));
    }

    private Div header(PublicProgramme programme, SessionSummary session) {
        var header = new Div(new H1(programme.title()));
        header.addClassNames("public-card", "public-intro");
        var chosen = new Div(VaadinIcon.CALENDAR.create(), new Span(session == null
                ? getTranslation("public.form.whole") : PublicTexts.when(this, session)));
        chosen.addClassName("public-line");
        if (session != null || programme.mode() == RegistrationMode.WHOLE_PROGRAMME) {
            header.add(chosen);
        }
        if (session != null) {
            var place = new Div(VaadinIcon.MAP_MARKER.create(), new Span(session.place()));
            place.addClassName("public-line");
            header.add(place);
        }
        var back = new Anchor("p/" + programme.code(), getTranslation("public.form.back"));
        back.addClassName("public-link");
        header.add(back);
        return header;
    }

    private Div gone() {
        var note = new Div(VaadinIcon.INFO_CIRCLE.create(), new Span(getTranslation("public.form.session.gone")));
        note.addClassNames("public-note", "public-note-closed");
        return note;
    }

    private Div form(SessionSummary session) {
        var name = new TextField(getTranslation("public.form.name"));
        name.setHelperText(getTranslation("public.form.name.helper"));
        name.setMaxLength(60);
        name.setId("sign-up-name");
        var phone = new TextField(getTranslation("public.form.phone"));
        phone.setHelperText(getTranslation("public.form.phone.helper"));
        phone.getElement().setAttribute("inputmode", "tel");
        phone.getElement().setAttribute("autocomplete", "tel");
        phone.setId("sign-up-phone");
        phone.setValueChangeMode(ValueChangeMode.ON_BLUR);
        var groups = new CheckboxGroup<TargetGroup>(getTranslation("public.form.groups"));
        groups.setItems(TargetGroup.values());
        groups.setItemLabelGenerator(g -> getTranslation("target.group." + g.name().toLowerCase(Locale.ROOT)));
        groups.addClassName("public-groups");
        groups.setId("sign-up-groups");
        var agree = new Checkbox(getTranslation("public.form.agree"));
        agree.setId("sign-up-agree");
        agree.addClassName("public-agree");
        for (var field : new TextField[] {name, phone}) {
            field.addThemeVariants(TextFieldVariant.LUMO_HELPER_ABOVE_FIELD);
            field.setWidthFull();
        }

        binder.forField(name).withValidator(v -> v == null || v.strip().length() <= 60,
                getTranslation("public.form.name.too-long")).bind("displayName");
        binder.forField(phone).withValidator(SignUpFields::acceptablePhone,
                getTranslation("public.form.phone.invalid")).bind("phone");
        binder.forField(groups).bind("targetGroups");
        binder.forField(agree).withValidator(Boolean::booleanValue, getTranslation("public.form.agree.required"))
                .bind("agreed");
        binder.readBean(fields);

        var privacy = new Div(new H2(getTranslation("public.form.privacy.title")),
                new Paragraph(getTranslation("privacy.notice.text")));
        privacy.addClassName("public-privacy");
        boolean full = session != null && session.freePlaces() != null && session.freePlaces() == 0;
        submit.setText(getTranslation(full ? "public.form.submit.waitlist" : "public.form.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        submit.addClassName("public-big-button");
        submit.setId("sign-up-submit");
        submit.addClickListener(e -> submit());
        submit.setDisableOnClick(true);

        var form = new Div(new H2(getTranslation("public.form.title")), name, phone, groups, privacy, agree);
        if (full) {
            var note = new Paragraph(getTranslation("public.form.full-note"));
            note.addClassName("public-full-note");
            form.add(note);
        }
        form.add(submit);
        form.addClassNames("public-card", "public-form");
        return form;
    }

    private void submit() {
        try {
            if (!binder.writeBeanIfValid(fields)) {
                return;
            }
            send(SumChallenge.takeSolved(VaadinSession.getCurrent()));
        } finally {
            submit.setEnabled(true);
        }
    }

    private void send(boolean challengeSolved) {
        switch (guard.admit(clientAddress(), challengeSolved)) {
            case REFUSED -> Notifications.error(getTranslation("public.refused"));
            case CHALLENGE -> new ChallengeDialog(() -> send(SumChallenge.takeSolved(VaadinSession.getCurrent()))).open();
            case ADMITTED -> {
                var done = DomainErrors.attempt(() -> registrations.register(code, sessionId, fields.toDraft(),
                        getLocale()));
                if (done != null) {
                    UI.getCurrent().navigate("t/" + done.manageToken());
                }
            }
        }
    }

    /** The request's remote address; behind a proxy it needs {@code server.forward-headers-strategy=native}. */
    private static String clientAddress() {
        var request = VaadinRequest.getCurrent();
        if (request != null && request.getRemoteAddr() != null) {
            return request.getRemoteAddr();
        }
        var session = VaadinSession.getCurrent();
        return session == null || session.getBrowser() == null ? null : session.getBrowser().getAddress();
    }

    private static SessionSummary firstScheduled(PublicProgramme programme) {
        return programme.sessions().stream().filter(s -> s.status() == SessionStatus.SCHEDULED).findFirst()
                .orElse(null);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("public.title") + " · " + getTranslation("app.name");
    }
}
