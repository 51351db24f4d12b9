package org.servicecentre.booking;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.servicecentre.centre.CentreService;
import org.servicecentre.centre.RoomService;
import org.servicecentre.security.Scope;
import org.servicecentre.security.SystemAuthentication;
import org.servicecentre.shared.DomainException;
import org.servicecentre.shared.NotFoundException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the occupancy checks read and do to bookings, system-level (no caller scope: scheduled jobs, and proposals
 * whose decider the occupancy module has checked): bookings nobody confirmed the start of, a series' bookings, the
 * no-show release ({@link BookingStatus#RELEASED}) and moving a booking to another room at the same times, under
 * the same no-double-booking guarantee as every other write.
 */
@Service
public class BookingUsage {

    private static final String SELECT = "select b from Booking b ";

    @PersistenceContext
    private EntityManager entityManager;

    private final Bookings bookings;
    private final BookingWriter writer;
    private final BookingChecks checks;
    private final BookingQueries queries;
    private final RoomService rooms;
    private final CentreService centres;
    private final BookingAccess access;
    private final Clock clock;

    BookingUsage(Bookings bookings, BookingWriter writer, BookingChecks checks, BookingQueries queries,
                 RoomService rooms, CentreService centres, BookingAccess access, Clock clock) {
        this.access = access;
        this.bookings = bookings;
        this.writer = writer;
        this.checks = checks;
        this.queries = queries;
        this.rooms = rooms;
        this.centres = centres;
        this.clock = clock;
    }

    /**
     * Confirmed bookings nobody confirmed the start of, which started at or before {@code startedBy} and have not
     * ended at {@code now}, earliest first: the candidates of the no-show release.
     */
    @Transactional(readOnly = true)
    public List<BookingUse> unstarted(Instant startedBy, Instant now, int limit) {
        return entityManager.createQuery(SELECT + """
                        where b.status = :confirmed and b.startedAt is null and b.start <= :startedBy and b.end > :now
                        order by b.start, b.id""", Booking.class)
                .setParameter("confirmed", BookingStatus.CONFIRMED).setParameter("startedBy", startedBy)
                .setParameter("now", now).setMaxResults(limit).getResultStream().map(BookingUse::of).toList();
    }

    /** Bookings of series that ended in [from, to) or were released with a start in it: where a streak may grow. */
    @Transactional(readOnly = true)
    public List<Long> seriesUsedBetween(Instant from, Instant to) {
        return entityManager.createQuery("""
                        select distinct b.seriesId from Booking b where b.seriesId is not null
                          and ((b.end >= :from and b.end < :to) or (b.status = :released and b.start >= :from
                          and b.start < :to))""", Long.class)
                .setParameter("from", from).setParameter("to", to).setParameter("released", BookingStatus.RELEASED)
                .getResultList();
    }

    /** Every booking of a series, earliest first. */
    @Transactional(readOnly = true)
    public List<BookingUse> ofSeries(long seriesId) {
        return bookings.findBySeriesIdOrderByStart(seriesId).stream().map(BookingUse::of).toList();
    }

    @Transactional(readOnly = true)
    public Optional<BookingUse> find(long bookingId) {
        return bookings.findById(bookingId).map(BookingUse::of);
    }

    /**
     * Releases a confirmed booking nobody came to, at {@code at}: re-checked in this transaction (still confirmed,
     * started by then, not ended, no start confirmed), so a staff confirmation or a cancellation that came first wins.
     * Publishes {@link BookingStatusChanged} CONFIRMED to RELEASED; the room is free again. False when it no longer
     * qualifies.
     */
    @Transactional
    public boolean releaseNoShow(long bookingId, Instant at) {
        var booking = bookings.findById(bookingId).orElseThrow(() -> new NotFoundException("booking", bookingId));
        if (booking.status() != BookingStatus.CONFIRMED || booking.started() != null || booking.start().isAfter(at)
                || !booking.end().isAfter(at)) {
            return false;
        }
        writer.transition(bookingId, BookingStatus.RELEASED, null, "system", at);
        return true;
    }

    /**
     * Moves a booking that holds its room and has not started to another room at the same times, checked like any
     * booking (room bookable and big enough, open, not taken); the centre's booking rules are not applied, the move
     * being a proposal the organisation or a manager accepted. As for a new booking, a move into a room that needs
     * approval goes to its centre's managers (REQUESTED) unless {@code decider} keeps that centre; otherwise the state
     * stays. Publishes {@link BookingRescheduled}, which moves the programme's session with it.
     */
    public BookingSummary moveToRoom(long bookingId, long roomId, Scope decider) {
        return SystemAuthentication.asSystem(() -> {
            var booking = bookings.findById(bookingId).orElseThrow(() -> new NotFoundException("booking", bookingId));
            if (!booking.status().holdsRoom()) {
                throw new DomainException("BOOKING_NOT_ACTIVE", booking.status().name());
            }
            if (!booking.start().isAfter(clock.instant())) {
                throw new DomainException("BOOKING_ALREADY_STARTED");
            }
            var room = rooms.get(roomId);
            var centre = centres.get(room.centreId());
            var request = new BookingChecks.Request(room, centre, booking.organisationId(), booking.start(),
                    booking.end(), booking.expectedAttendance(), false, bookingId);
            checks.check(request);
            var status = room.needsApproval() && !access.keepsCentre(decider, room.centreId())
                    ? BookingStatus.REQUESTED : booking.status();
            var draft = new BookingDraft(roomId, booking.start(), booking.end(), booking.purpose(),
                    booking.organisationId(), booking.expectedAttendance(), booking.programmeId());
            try {
                return queries.summary(writer.update(bookingId, request, Slot.of(room, booking.start(), booking.end()),
                        draft, status));
            } catch (DataIntegrityViolationException refused) {
                throw checks.conflict(request).<RuntimeException>map(
                        t -> new DomainException("BOOKING_SLOT_JUST_TAKEN", t.arguments())).orElse(refused);
            }
        });
    }
}
