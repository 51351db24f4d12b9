package org.servicecentre.booking;

import java.time.Clock;
import org.servicecentre.security.CurrentUser;
import org.servicecentre.shared.DomainException;
import org.servicecentre.shared.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Ties an existing booking to a programme, so that a session can be held in it. */
@Service
public class BookingLinks {

    private final Bookings bookings;
    private final BookingAccess access;
    private final BookingQueries reader;
    private final CurrentUser currentUser;
    private final Clock clock;

    BookingLinks(Bookings bookings, BookingAccess access, BookingQueries reader, CurrentUser currentUser,
                 Clock clock) {
        this.bookings = bookings;
        this.access = access;
        this.reader = reader;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Links a booking the caller may change, still to come and holding its room, to a programme of the booking's
     * organisation (the caller checks the programme's side).
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'CENTRE_MANAGER', 'NGO_STAFF')")
    @Transactional
    public BookingSummary linkProgramme(long bookingId, long programmeId) {
        var booking = bookings.findById(bookingId).orElseThrow(() -> new NotFoundException("booking", bookingId));
        access.checkMayChange(currentUser.scope(), booking);
        if (!booking.status().holdsRoom() || !booking.end().isAfter(clock.instant())) {
            throw new DomainException("SESSION_BOOKING_NOT_USABLE");
        }
        if (booking.programmeId() != null && booking.programmeId() != programmeId) {
            throw new DomainException("SESSION_BOOKING_TAKEN");
        }
        booking.linkProgramme(programmeId);
        return reader.summary(bookings.save(booking));
    }
}
