package org.servicecentre.demo;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.servicecentre.booking.BookingFilter;
import org.servicecentre.booking.BookingQueries;
import org.servicecentre.booking.BookingStatus;
import org.servicecentre.booking.BookingSummary;
import org.servicecentre.notification.NotificationRequest;
import org.servicecentre.notification.Outbox;
import org.servicecentre.notification.Recipient;
import org.servicecentre.organisation.OrganisationService;
import org.servicecentre.programme.ProgrammeService;
import org.servicecentre.programme.SessionService;
import org.servicecentre.reminder.Moment;
import org.servicecentre.reminder.ReminderMessage;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A few messages of the last days already in the demo manager's and 启航社工's inbox, so that a newcomer's first start
 * shows a living inbox: the manager was asked to approve a booking three days ago (read), 启航社工 heard it was
 * approved two days ago (read), was reminded of yesterday's after-school class an hour before (read), and had another
 * booking approved this morning (unread). Written through the outbox like any message, then marked as sent then.
 * (The demo requests waiting for approval are told to the manager by the listeners as they are seeded, and are sent
 * by the dispatcher right after the start.)
 */
@Component
@Order(80)
class DemoNotifications implements DemoLayer {

    private final Outbox outbox;
    private final BookingQueries bookings;
    private final OrganisationService organisations;
    private final ProgrammeService programmes;
    private final SessionService sessions;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    DemoNotifications(Outbox outbox, BookingQueries bookings, OrganisationService organisations,
                      ProgrammeService programmes, SessionService sessions, JdbcTemplate jdbc, Clock clock) {
        this.outbox = outbox;
        this.bookings = bookings;
        this.organisations = organisations;
        this.programmes = programmes;
        this.sessions = sessions;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void seed() {
        var now = clock.instant();
        long manager = account("manager");
        long ngo = account("ngo");
        var qihang = organisations.list("QIHANG", null, 0, 5).stream().filter(o -> o.code().equals("QIHANG"))
                .findFirst().orElseThrow();
        var confirmed = bookings.list(new BookingFilter(null, null, qihang.id(), Set.of(BookingStatus.CONFIRMED),
                now.plus(Duration.ofDays(1)), null, ""), 0, 2);
        if (confirmed.size() == 2) {
            var first = confirmed.get(0);
            send("booking-requested", manager, "/bookings/approvals", bookingMessage("notify.booking-requested",
                    first), first.id(), ago(now, 3, 2), true);
            send("booking-approved", ngo, "/bookings", bookingMessage("notify.booking-approved", first)
                    .withNote("notify.booking-approved.note", "投影仪和无线话筒已为您预留，请提前十分钟到前台领取钥匙。"),
                    first.id(), ago(now, 2, 5), true);
            var second = confirmed.get(1);
            send("booking-approved", ngo, "/bookings", bookingMessage("notify.booking-approved", second), second.id(),
                    now.minus(Duration.ofHours(3)), false);
        }
        programmes.list("四点半课堂", false, 0, 1).stream().findFirst().ifPresent(afterSchool -> {
            var session = sessions.list(afterSchool.id()).stream().findFirst();
            if (session.isEmpty()) {
                return;
            }
            var yesterday = session.get().start().minus(Duration.ofDays(Math.max(1,
                    Duration.between(now, session.get().start()).toDays() + 1)));
            var message = ReminderMessage.of("notify.session-staff-reminder", afterSchool.title(),
                    new Moment(yesterday, yesterday.plus(Duration.ofMinutes(90)), session.get().zone()),
                    session.get().place(), 17, afterSchool.capacity());
            send("session-staff-reminder", ngo, "/programmes/" + afterSchool.id(), message, afterSchool.id(),
                    yesterday.minus(Duration.ofHours(1)), true);
        });
    }

    private void send(String kind, long accountId, String link, ReminderMessage message, long subject, Instant at,
                      boolean read) {
        String key = "demo:" + kind + ":" + subject + ":account:" + accountId;
        outbox.schedule(new NotificationRequest(key, kind, Recipient.account(accountId), at, null, true, link,
                message));
        jdbc.update("update notification set state = 'SENT', attempts = 1, created_at = ?, due_at = ?, "
                + "next_attempt_at = ?, sent_at = ?, read_at = ? where dedupe_key = ?", Timestamp.from(at),
                Timestamp.from(at), Timestamp.from(at), Timestamp.from(at.plusSeconds(4)),
                read ? Timestamp.from(at.plus(Duration.ofMinutes(40))) : null, key);
    }

    private static ReminderMessage bookingMessage(String prefix, BookingSummary booking) {
        return ReminderMessage.of(prefix, booking.organisationName(), booking.centreName() + " · " + booking.roomName(),
                new Moment(booking.start(), booking.end(), booking.zone()), booking.purpose());
    }

    private static Instant ago(Instant now, int days, int hours) {
        return now.minus(Duration.ofDays(days)).minus(Duration.ofHours(hours));
    }

    private long account(String username) {
        return jdbc.queryForObject("select id from user_account where username = ?", Long.class, username);
    }
}
