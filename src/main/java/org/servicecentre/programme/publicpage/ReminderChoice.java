package org.servicecentre.programme.publicpage;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import org.servicecentre.programme.PublicRegistrations;
import org.servicecentre.shared.ui.DomainErrors;
import org.servicecentre.shared.ui.Notifications;

/**
 * "Stop reminders": the resident turns off the text messages before each session. What concerns their place (a
 * session cancelled, a place from the waitlist) still reaches them, which the line below says.
 */
class ReminderChoice extends Div {

    ReminderChoice(PublicRegistrations registrations, String manageToken, boolean off) {
        addClassNames("public-card", "ticket-reminders");
        var stop = new Checkbox(getTranslation("ticketpage.reminders.stop"), off);
        stop.setId("ticket-reminders-off");
        var note = new Paragraph(getTranslation("ticketpage.reminders.note"));
        note.addClassName("ticket-reminders-note");
        stop.addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                return;
            }
            var page = DomainErrors.attempt(() -> registrations.remindersOff(manageToken, e.getValue()));
            if (page == null) {
                stop.setValue(e.getOldValue());
                return;
            }
            Notifications.success(getTranslation(page.remindersOff() ? "ticketpage.reminders.stopped"
                    : "ticketpage.reminders.resumed"));
        });
        add(stop, note);
    }
}
