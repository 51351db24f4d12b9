package org.servicecentre.occupancy;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.servicecentre.booking.BookingStatus;
import org.servicecentre.booking.BookingStatusChanged;
import org.servicecentre.booking.BookingUsage;
import org.servicecentre.centre.CentreDraft;
import org.servicecentre.centre.RoomService;
import org.servicecentre.notification.NotificationMessage;
import org.servicecentre.notification.NotificationRequest;
import org.servicecentre.notification.Outbox;
import org.servicecentre.notification.Recipient;
import org.servicecentre.security.AccountContact;
import org.servicecentre.security.AccountDirectory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the organisation's staff and the centre's managers that a booking nobody came to was released, in the
 * release's own transaction (essential: it is their booking that changed). Once per booking and account.
 */
@Component
class ReleaseNotices {

    static final String KIND = "booking-released";

    private final Outbox outbox;
    private final AccountDirectory directory;
    private final BookingUsage bookings;
    private final RoomService rooms;
    private final OccupancySettings settings;
    private final Clock clock;

    ReleaseNotices(Outbox outbox, AccountDirectory directory, BookingUsage bookings, RoomService rooms,
                   OccupancySettings settings, Clock clock) {
        this.clock = clock;
        this.outbox = outbox;
        this.directory = directory;
        this.bookings = bookings;
        this.rooms = rooms;
        this.settings = settings;
    }

    @EventListener
    void onReleased(BookingStatusChanged changed) {
        if (changed.current() != BookingStatus.RELEASED) {
            return;
        }
        var booking = bookings.find(changed.bookingId()).orElseThrow();
        var place = rooms.places(List.of(booking.roomId())).get(booking.roomId());
        var zone = place == null ? CentreDraft.DEFAULT_ZONE : place.zone();
        var message = NotificationMessage.of("notify.booking-released", booking.purpose(),
                ProposalWriter.placeName(place), OccupancyTimes.range(booking.start(), booking.end(), zone),
                settings.noShowGrace().toMinutes());
        var recipients = new LinkedHashMap<Long, AccountContact>();
        directory.staffOf(changed.organisationId()).forEach(c -> recipients.putIfAbsent(c.id(), c));
        directory.managersOf(changed.centreId()).forEach(c -> recipients.putIfAbsent(c.id(), c));
        var requests = new ArrayList<NotificationRequest>();
        for (var contact : recipients.values()) {
            requests.add(NotificationRequest.now(KIND + ":" + booking.id() + ":account:" + contact.id(), KIND,
                    Recipient.account(contact.id()), clock.instant(), true, "/bookings", message));
        }
        outbox.scheduleAll(requests);
    }
}
