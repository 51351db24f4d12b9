package org.servicecentre.notification.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.Instant;
import org.servicecentre.notification.InboxItem;

/** One message in a list (the bell's drop-down, the inbox page): its kind's icon, subject, when, a dot if unread. */
class InboxLine extends Div {

    InboxLine(InboxItem item, Instant now) {
        addClassName("inbox-line");
        if (item.unread()) {
            addClassName("unread");
        }
        Icon icon = iconOf(item.kind()).create();
        icon.addClassName("inbox-line-icon");
        var subject = new Span(item.subject());
        subject.addClassName("inbox-line-subject");
        var when = new Span(Ago.of(item.receivedAt(), now, this));
        when.addClassName("inbox-line-when");
        when.setTitle(Ago.at(item.receivedAt()));
        var text = new Div(subject, when);
        text.addClassName("inbox-line-text");
        add(icon, text);
        if (item.unread()) {
            var dot = new Span();
            dot.addClassName("inbox-unread-dot");
            dot.getElement().setAttribute("aria-label", getTranslation("inbox.unread"));
            add(dot);
        }
    }

    /** Families of messages by the start of their kind (booking-approved, session-reminder, …); a bell otherwise. */
    static VaadinIcon iconOf(String kind) {
        if (kind == null) {
            return VaadinIcon.BELL_O;
        }
        if (kind.startsWith("booking") || kind.startsWith("approval")) {
            return VaadinIcon.CALENDAR_CLOCK;
        }
        if (kind.startsWith("session") || kind.startsWith("registration") || kind.startsWith("programme")) {
            return VaadinIcon.CALENDAR_USER;
        }
        if (kind.startsWith("room") || kind.startsWith("no-show") || kind.startsWith("release")
                || kind.startsWith("proposal") || kind.startsWith("series")) {
            return VaadinIcon.OFFICE;
        }
        if (kind.startsWith("digest")) {
            return VaadinIcon.CHART;
        }
        return VaadinIcon.BELL_O;
    }
}
