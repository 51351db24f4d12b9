package org.servicecentre.reminder;

import java.util.List;
import org.servicecentre.booking.BookingRescheduled;
import org.servicecentre.notification.OutboxKeys;
import org.servicecentre.programme.SessionRoster;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A session moved to another time (its booking rescheduled): the reminders not sent yet for the old time are withdrawn
 * (they would give the wrong time); the reminder keys carry the session's start, so the next scan reminds of the new
 * time.
 */
@Component
class RescheduledReminders {

    private final SessionRoster roster;
    private final OutboxKeys keys;

    RescheduledReminders(SessionRoster roster, OutboxKeys keys) {
        this.roster = roster;
        this.keys = keys;
    }

    @EventListener
    void onMoved(BookingRescheduled moved) {
        roster.sessionOfBooking(moved.bookingId()).ifPresent(session -> {
            var keepNewTime = List.of("%:at:" + moved.start().getEpochSecond());
            String reason = "session moved to " + moved.start();
            var patterns = session.registered().stream()
                    .flatMap(r -> ReminderScan.patternsFor(r.registrationId(), session.sessionId()).stream()).toList();
            keys.withdrawPendingLike(ReminderScan.KIND, patterns, keepNewTime, reason);
            keys.withdrawPendingLike(ReminderScan.STAFF_KIND,
                    List.of(ReminderScan.STAFF_KIND + ":%:session:" + session.sessionId() + ":%"), keepNewTime, reason);
        });
    }
}
