package org.servicecentre.reminder;

import java.time.Clock;
import java.util.List;
import org.servicecentre.booking.BookingQueries;
import org.servicecentre.booking.BookingStatus;
import org.servicecentre.booking.BookingStatusChanged;
import org.servicecentre.booking.BookingSummary;
import org.servicecentre.notification.NotificationRequest;
import org.servicecentre.notification.Outbox;
import org.servicecentre.notification.Recipient;
import org.servicecentre.security.AccountContact;
import org.servicecentre.security.AccountDirectory;
import org.servicecentre.security.SystemAuthentication;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells people about bookings, in the transaction of the change: a request waiting for approval goes to the centre's
 * managers (one message for a whole new series); approved, declined (with the manager's note) and cancelled go to the
 * organisation's staff. Released bookings (nobody came) are told by the no-show release, not here.
 */
@Component
class BookingNotifications {

    static final String APPROVALS = "/bookings/approvals";
    static final String BOOKINGS = "/bookings";

    private final Outbox outbox;
    private final AccountDirectory accounts;
    private final BookingQueries bookings;
    private final Clock clock;

    BookingNotifications(Outbox outbox, AccountDirectory accounts, BookingQueries bookings, Clock clock) {
        this.outbox = outbox;
        this.accounts = accounts;
        this.bookings = bookings;
        this.clock = clock;
    }

    @EventListener
    void onStatus(BookingStatusChanged changed) {
        if (changed.current() == changed.previous()) {
            return;
        }
        switch (changed.current()) {
            case REQUESTED -> requested(changed);
            case CONFIRMED -> {
                if (changed.previous() == BookingStatus.REQUESTED) {
                    toOrganisation(changed, "booking-approved", changed.start().getEpochSecond() + ":");
                }
            }
            case DECLINED -> toOrganisation(changed, "booking-declined", "");
            case CANCELLED -> toOrganisation(changed, "booking-cancelled", "");
            default -> {
                // RELEASED is told by the no-show release; COMPLETED needs no message
            }
        }
    }

    /**
     * A new request, or a booking moved back to approval: each manager of the centre is asked once per booking and
     * time (a new series once for the whole series).
     */
    private void requested(BookingStatusChanged changed) {
        var booking = read(changed.bookingId());
        boolean newSeries = changed.previous() == null && booking.seriesId() != null;
        String subject = newSeries ? "series:" + booking.seriesId()
                : "booking:" + booking.id() + ":" + booking.start().getEpochSecond();
        var message = ReminderMessage.of(newSeries ? "notify.booking-requested-series" : "notify.booking-requested",
                booking.organisationName(), place(booking), when(booking), booking.purpose());
        schedule(accounts.managersOf(booking.centreId()), a -> "booking-requested:" + subject + ":account:" + a,
                "booking-requested", APPROVALS, message);
    }

    private void toOrganisation(BookingStatusChanged changed, String kind, String keyPart) {
        var booking = read(changed.bookingId());
        var message = ReminderMessage.of("notify." + kind, booking.organisationName(), place(booking), when(booking),
                booking.purpose()).withNote("notify." + kind + ".note", changed.note());
        List<AccountContact> staff = accounts.staffOf(booking.organisationId());
        schedule(staff, a -> kind + ":booking:" + booking.id() + ":" + keyPart + "account:" + a, kind, BOOKINGS,
                message);
    }

    private void schedule(List<AccountContact> to, java.util.function.LongFunction<String> key, String kind,
                          String link, ReminderMessage message) {
        var now = clock.instant();
        for (var account : to) {
            outbox.schedule(NotificationRequest.now(key.apply(account.id()), kind, Recipient.account(account.id()),
                    now, true, link, message));
        }
    }

    /** The booking with its room, centre and organisation names, whoever made the change. */
    private BookingSummary read(long bookingId) {
        return SystemAuthentication.asSystem(() -> bookings.get(bookingId));
    }

    private static String place(BookingSummary booking) {
        return booking.centreName() + " · " + booking.roomName();
    }

    private static Moment when(BookingSummary booking) {
        return new Moment(booking.start(), booking.end(), booking.zone());
    }
}
