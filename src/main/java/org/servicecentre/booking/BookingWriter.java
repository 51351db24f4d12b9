package org.servicecentre.booking;

import java.util.Optional;
import org.servicecentre.shared.DomainException;
import org.servicecentre.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes bookings in their own transactions, so that a database refusal (the exclusion constraint on PostgreSQL)
 * surfaces to {@link BookingService} as an exception it can turn into "this slot was just taken".
 */
@Component
class BookingWriter {

    private final Bookings bookings;
    private final RoomLocks locks;
    private final BookingChecks checks;
    private final ApplicationEventPublisher events;

    BookingWriter(Bookings bookings, RoomLocks locks, BookingChecks checks, ApplicationEventPublisher events) {
        this.bookings = bookings;
        this.locks = locks;
        this.checks = checks;
        this.events = events;
    }

    @Transactional
    Booking insert(BookingChecks.Request request, Booking booking) {
        guard(request);
        var saved = bookings.saveAndFlush(booking);
        publish(saved, null, null);
        return saved;
    }

    @Transactional
    Booking update(long id, BookingChecks.Request request, Slot slot, BookingDraft draft,
                   BookingStatus status) {
        guard(request);
        var booking = bookings.findById(id).orElseThrow(() -> new NotFoundException("booking", id));
        var previous = booking.status();
        var moved = !booking.start().equals(slot.start()) || !booking.end().equals(slot.end())
                || booking.roomId() != slot.roomId();
        long previousRoom = booking.roomId();
        var previousStart = booking.start();
        var previousEnd = booking.end();
        booking.describe(slot, draft);
        booking.moveTo(status);
        booking.forgetStartOutsideItsWindow();
        var saved = bookings.saveAndFlush(booking);
        if (previous != status) {
            publish(saved, previous, null);
        }
        if (moved) {
            events.publishEvent(new BookingRescheduled(saved.id(), saved.roomId(), saved.centreId(), saved.start(),
                    saved.end(), saved.programmeId(), previousRoom, previousStart, previousEnd));
        }
        return saved;
    }

    /** Changes the state of a booking that does not take more of the room (approve, decline, cancel). */
    @Transactional
    Booking transition(long id, BookingStatus next, String note, String by, java.time.Instant at) {
        var booking = bookings.findById(id).orElseThrow(() -> new NotFoundException("booking", id));
        var previous = booking.status();
        booking.decide(next, note, by, at);
        var saved = bookings.saveAndFlush(booking);
        publish(saved, previous, note);
        return saved;
    }

    /** Where writers queue on the room, the overlap re-check under the lock is the last word. */
    private void guard(BookingChecks.Request request) {
        locks.lock(request.room().id());
        if (locks.serialises()) {
            Optional<DomainException> taken = checks.conflict(request);
            if (taken.isPresent()) {
                throw new DomainException("BOOKING_SLOT_JUST_TAKEN", taken.get().arguments());
            }
        }
    }

    private void publish(Booking booking, BookingStatus previous, String note) {
        events.publishEvent(new BookingStatusChanged(booking.id(), booking.roomId(), booking.centreId(),
                booking.organisationId(), booking.start(), previous, booking.status(), note));
    }
}
