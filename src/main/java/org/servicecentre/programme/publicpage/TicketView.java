package org.servicecentre.programme.publicpage;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
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
import java.util.Locale;
import org.servicecentre.programme.PublicRegistrations;
import org.servicecentre.programme.RegistrantNotice;
import org.servicecentre.programme.RegistrationStatus;
import org.servicecentre.programme.SessionStatus;
import org.servicecentre.programme.SessionSummary;
import org.servicecentre.programme.TicketPage;
import org.servicecentre.programme.TicketService;
import org.servicecentre.shared.NotFoundException;
import org.servicecentre.shared.ui.DomainErrors;
import org.servicecentre.shared.ui.Notifications;

/**
 * A resident's ticket, reached only through the secret link they got when signing up: the QR code to show at the
 * kiosk (to save or print) while they hold a place, their place on the waitlist otherwise, what they were told, and
 * a way to cancel.
 */
@Route(value = "t/:token", layout = PublicLayout.class)
@AnonymousAllowed
class TicketView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final PublicRegistrations registrations;
    private final TicketService tickets;
    private String token;

    TicketView(PublicRegistrations registrations, TicketService tickets) {
        this.registrations = registrations;
        this.tickets = tickets;
        addClassName("public-ticket");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        try {
            show(registrations.ticket(token));
        } catch (NotFoundException e) {
            removeAll();
            add(new PublicNotFound("ticketpage.not-found.title", "ticketpage.not-found.text"));
        }
    }

    private void show(TicketPage page) {
        removeAll();
        var card = new Div();
        card.addClassNames("public-card", "ticket-card");
        card.add(status(page));
        var title = new H1(page.programmeTitle());
        title.addClassName("ticket-programme");
        card.add(title);
        if (page.organisationName() != null) {
            card.add(line(VaadinIcon.GROUP, getTranslation("public.organiser", page.organisationName())));
        }
        if (page.maskedName() != null) {
            card.add(line(VaadinIcon.USER, getTranslation("ticketpage.name", page.maskedName())));
        }
        if (page.admits()) {
            card.add(new TicketQr(tickets, page.registrationId(), getTranslation("ticketpage.qr.alt")));
        }
        card.add(sessions(page));
        add(card);
        if (!page.notices().isEmpty()) {
            add(notices(page));
        }
        if (page.cancellable()) {
            add(new ReminderChoice(registrations, token, page.remindersOff()));
            add(new PersonalCardOffer(registrations, token, page.maskedName() != null));
        }
        add(actions(page));
    }

    private Component status(TicketPage page) {
        var status = new Div();
        status.addClassNames("ticket-status", "ticket-status-" + page.status().name().toLowerCase(Locale.ROOT));
        status.setId("ticket-status");
        switch (page.status()) {
            case REGISTERED -> status.add(VaadinIcon.CHECK_CIRCLE.create(),
                    new Span(getTranslation("ticketpage.status.registered")));
            case WAITLISTED -> {
                status.add(VaadinIcon.HOURGLASS.create(),
                        new Span(getTranslation("ticketpage.status.waitlisted", page.waitlistPosition())));
                var explain = new Paragraph(getTranslation("ticketpage.status.waitlisted.text"));
                explain.addClassName("ticket-status-text");
                status.add(explain);
            }
            case CANCELLED -> status.add(VaadinIcon.CLOSE_CIRCLE.create(),
                    new Span(getTranslation("ticketpage.status.cancelled")));
        }
        return status;
    }

    private Component sessions(TicketPage page) {
        var list = new Div(new H2(getTranslation("ticketpage.sessions")));
        list.addClassName("ticket-sessions");
        for (SessionSummary session : page.sessions()) {
            var item = new Div(line(VaadinIcon.CALENDAR, PublicTexts.when(this, session)),
                    line(VaadinIcon.MAP_MARKER, session.place()));
            item.addClassName("ticket-session");
            if (session.status() == SessionStatus.CANCELLED) {
                item.addClassName("public-session-cancelled");
                item.add(line(VaadinIcon.BAN, getTranslation("ticketpage.session.cancelled")));
            }
            list.add(item);
        }
        return list;
    }

    private Component notices(TicketPage page) {
        var list = new Div(new H2(getTranslation("ticketpage.notices")));
        list.addClassNames("public-card", "ticket-notices");
        for (RegistrantNotice notice : page.notices()) {
            var zone = page.sessions().isEmpty() ? null : page.sessions().getFirst().zone();
            var text = getTranslation("registration.notice." + notice.kind().toLowerCase(Locale.ROOT));
            var item = new Div(new Span(PublicTexts.moment(this, notice.at(), zone)), new Span(text));
            if (notice.note() != null && !notice.note().isBlank()) {
                item.add(new Span(notice.note()));
            }
            item.addClassName("ticket-notice");
            list.add(item);
        }
        return list;
    }

    private Component actions(TicketPage page) {
        var actions = new Div();
        actions.addClassName("ticket-actions");
        var bookmark = new Div(VaadinIcon.BOOKMARK.create(), new Span(getTranslation("ticketpage.bookmark")));
        bookmark.addClassNames("public-note", "ticket-bookmark");
        actions.add(bookmark);
        if (page.cancellable()) {
            var cancel = new Button(getTranslation("ticketpage.cancel"), VaadinIcon.CLOSE.create(), e -> confirmCancel());
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_LARGE);
            cancel.addClassName("ticket-cancel");
            cancel.setId("ticket-cancel");
            actions.add(cancel);
        }
        var programme = new Anchor("p/" + page.programmeCode(), getTranslation("ticketpage.programme-link"));
        programme.addClassName("public-link");
        actions.add(programme);
        return actions;
    }

    private void confirmCancel() {
        var dialog = new ConfirmDialog(getTranslation("ticketpage.cancel.confirm.title"),
                getTranslation("ticketpage.cancel.confirm.text"), getTranslation("ticketpage.cancel.confirm.ok"),
                e -> cancel());
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("ticketpage.cancel.confirm.keep"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    private void cancel() {
        var page = DomainErrors.attempt(() -> registrations.cancel(token));
        if (page != null) {
            Notifications.success(getTranslation("ticketpage.cancelled.done"));
            show(page.status() == RegistrationStatus.CANCELLED ? page : registrations.ticket(token));
        }
    }

    private static Div line(VaadinIcon icon, String text) {
        var line = new Div(icon.create(), new Span(text));
        line.addClassName("public-line");
        return line;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("ticketpage.title") + " · " + getTranslation("app.name");
    }
}
