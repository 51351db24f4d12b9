package org.servicecentre.programme.publicpage;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Clock;
import org.servicecentre.programme.PublicProgramme;
import org.servicecentre.programme.PublicRegistrations;
import org.servicecentre.programme.RegistrationMode;
import org.servicecentre.programme.SessionStatus;
import org.servicecentre.programme.SessionSummary;
import org.servicecentre.shared.NotFoundException;

/**
 * A programme's public page: what it is, who runs it, for whom, and its sessions to come with their free places and
 * a big sign-up button each (one for the whole programme, none for drop-in programmes).
 */
@Route(value = "p/:code", layout = PublicLayout.class)
@AnonymousAllowed
class PublicProgrammeView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final PublicRegistrations registrations;
    private final Clock clock;
    private String title;

    PublicProgrammeView(PublicRegistrations registrations, Clock clock) {
        this.registrations = registrations;
        this.clock = clock;
        addClassName("public-programme");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        var code = event.getRouteParameters().get("code").orElse("");
        try {
            show(registrations.programme(code));
        } catch (NotFoundException e) {
            title = getTranslation("public.not-found.title");
            add(new PublicNotFound("public.not-found.title", "public.not-found.text"));
        }
    }

    private void show(PublicProgramme programme) {
        title = programme.title();
        var intro = new Div(new H1(programme.title()));
        intro.addClassNames("public-card", "public-intro");
        if (programme.organisationName() != null) {
            intro.add(line(VaadinIcon.GROUP, getTranslation("public.organiser", programme.organisationName())));
        }
        if (!programme.targetGroups().isEmpty()) {
            intro.add(line(VaadinIcon.USERS,
                    getTranslation("public.for", PublicTexts.groups(this, programme.targetGroups()))));
        }
        if (programme.description() != null) {
            var description = new Paragraph(programme.description());
            description.addClassName("public-description");
            intro.add(description);
        }
        add(intro, registrationNote(programme));
        add(sessions(programme));
    }

    private Component registrationNote(PublicProgramme programme) {
        var note = new Div();
        note.addClassName("public-note");
        if (programme.mode() == RegistrationMode.NONE) {
            note.add(VaadinIcon.CHECK_CIRCLE.create(), new Span(getTranslation("public.drop-in")));
            note.addClassName("public-note-ok");
        } else if (!programme.registrationOpen()) {
            note.add(VaadinIcon.CLOCK.create(), new Span(closedText(programme)));
            note.addClassName("public-note-closed");
        } else if (programme.mode() == RegistrationMode.WHOLE_PROGRAMME) {
            var first = programme.sessions().stream().filter(s -> s.status() == SessionStatus.SCHEDULED).findFirst();
            note.add(places(first.map(SessionSummary::freePlaces).orElse(programme.capacity())),
                    signUp(programme.code(), null, first.map(s -> s.freePlaces() == 0).orElse(false),
                            "public.register.whole"));
            note.addClassName("public-note-whole");
        } else {
            note.setVisible(false);
        }
        return note;
    }

    private String closedText(PublicProgramme programme) {
        var zone = programme.sessions().isEmpty() ? null : programme.sessions().getFirst().zone();
        var now = clock.instant();
        if (programme.registrationOpensAt() != null && programme.registrationOpensAt().isAfter(now)) {
            return getTranslation("public.closed.opens", PublicTexts.moment(this, programme.registrationOpensAt(), zone));
        }
        if (programme.registrationClosesAt() != null && !programme.registrationClosesAt().isAfter(now)) {
            return getTranslation("public.closed.closed", PublicTexts.moment(this, programme.registrationClosesAt(), zone));
        }
        return getTranslation("public.closed");
    }

    private Component sessions(PublicProgramme programme) {
        var list = new Div(new H2(getTranslation("public.sessions")));
        list.addClassName("public-sessions");
        if (programme.sessions().isEmpty()) {
            list.add(new Paragraph(getTranslation("public.sessions.none")));
        }
        boolean perSession = programme.mode() == RegistrationMode.PER_SESSION && programme.registrationOpen();
        for (var session : programme.sessions()) {
            list.add(session(programme, session, perSession));
        }
        return list;
    }

    private Component session(PublicProgramme programme, SessionSummary session, boolean signUp) {
        var card = new Div();
        card.addClassNames("public-card", "public-session");
        var when = new Div(new Span(PublicTexts.when(this, session)));
        when.addClassName("public-session-when");
        card.add(when, line(VaadinIcon.MAP_MARKER, session.place()));
        if (session.status() == SessionStatus.CANCELLED) {
            card.addClassName("public-session-cancelled");
            card.add(line(VaadinIcon.BAN, getTranslation("public.session.cancelled")));
            return card;
        }
        if (programme.mode() == RegistrationMode.PER_SESSION) {
            card.add(places(session.freePlaces()));
            if (signUp) {
                boolean full = session.freePlaces() != null && session.freePlaces() == 0;
                card.add(signUp(programme.code(), session.id(), full, full ? "public.register.waitlist" : "public.register"));
            }
        }
        return card;
    }

    private Component places(Integer free) {
        if (free == null) {
            return new Span();
        }
        var text = free > 0 ? getTranslation("public.places.free", free) : getTranslation("public.places.full");
        var places = new Div(new Span(text));
        places.addClassNames("public-places", free > 0 ? "public-places-free" : "public-places-full");
        return places;
    }

    private Button signUp(String code, Long sessionId, boolean full, String key) {
        var target = "p/" + code + "/register" + (sessionId == null ? "" : "/" + sessionId);
        var button = new Button(getTranslation(key), e -> UI.getCurrent().navigate(target));
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        button.addClassNames("public-big-button", full ? "public-waitlist-button" : "public-register-button");
        return button;
    }

    private static Div line(VaadinIcon icon, String text) {
        var line = new Div(icon.create(), new Span(text));
        line.addClassName("public-line");
        return line;
    }

    @Override
    public String getPageTitle() {
        return (title == null ? getTranslation("public.title") : title) + " · " + getTranslation("app.name");
    }
}
