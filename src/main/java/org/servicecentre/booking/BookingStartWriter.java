package org.servicecentre.booking;

import java.time.Instant;
import java.time.ZoneId;
import org.servicecentre.security.StaffMember;
import org.servicecentre.shared.DomainException;
import org.servicecentre.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Confirms a booking's start in its own transaction, so that {@link BookingStarts} can try again when another node
 * changed the booking at the same moment (the version check): the second try then sees the first confirmation.
 */
@Component
class BookingStartWriter {

    /** The booking after the confirmation, and whether this call made it (false: it had been confirmed before). */
    record Written(Booking booking, boolean first) {
    }

    private final Bookings bookings;
    private final ApplicationEventPublisher events;

    BookingStartWriter(Bookings bookings, ApplicationEventPublisher events) {
        this.bookings = bookings;
        this.events = events;
    }

    /**
     * Checks, in this order: the booking is at {@code centreId}, the staff member may confirm it, it is confirmed,
     * its start was not confirmed already (then the first confirmation stands), and {@code at} is within its window.
     */
    @Transactional
    Written confirm(long bookingId, StaffMember staff, long centreId, Instant at, BookingStartMethod method,
                    ZoneId zone) {
        var booking = bookings.findById(bookingId).orElseThrow(() -> new NotFoundException("booking", bookingId));
        if (booking.centreId() != centreId) {
            throw new DomainException("BOOKING_START_OTHER_CENTRE");
        }
        if (!BookingStartRules.entitled(staff, booking)) {
            throw new DomainException("BOOKING_START_NOT_ENTITLED");
        }
        if (booking.status() != BookingStatus.CONFIRMED) {
            throw new DomainException("BOOKING_START_NOT_CONFIRMED");
        }
        if (booking.started() != null) {
            return new Written(booking, false);
        }
        if (at.isBefore(BookingStartRules.opensAt(booking))) {
            throw new DomainException("BOOKING_START_TOO_EARLY", BookingTimes.at(BookingStartRules.opensAt(booking), zone));
        }
        if (!at.isBefore(booking.end())) {
            throw new DomainException("BOOKING_START_OVER");
        }
        booking.confirmStart(at, staff.userId(), staff.displayName(), method);
        var saved = bookings.saveAndFlush(booking);
        events.publishEvent(new BookingStartConfirmed(saved.id(), saved.roomId(), saved.centreId(),
                saved.organisationId(), saved.start(), saved.end(), at, staff.userId(), method));
        return new Written(saved, true);
    }
}
