package org.servicecentre.booking;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Duration;
import org.servicecentre.centre.CentreService;
import org.servicecentre.centre.CentreSummary;
import org.servicecentre.centre.RoomService;
import org.servicecentre.centre.RoomSummary;
import org.servicecentre.security.CurrentUser;
import org.servicecentre.shared.DomainException;
import org.servicecentre.shared.NotFoundException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.validation.annotation.Validated;

/**
 * Books rooms and moves bookings through their states. Every change is checked first ({@link BookingChecks}) so
 * that a refusal names the rule and what would pass; the write then happens under the guarantee (a room lock or
 * the exclusion constraint), and losing a race there reads "this slot was just taken", never a database error.
 * <p>
 * Not transactional itself: each write runs in {@link BookingWriter}'s own transaction, so that a refusal by the
 * database can be caught here and explained.
 */
@Service
@Validated
public class BookingService {

    /** How often a write aborted by a deadlock is tried; the third failure is read as a lost race. */
    private static final int WRITE_ATTEMPTS = 3;

    private final Bookings bookings;
    private final BookingWriter writer;
    private final BookingChecks checks;
    private final BookingAccess access;
    private final BookingQueries reader;
    private final RoomService rooms;
    private final CentreService centres;
    private final CurrentUser currentUser;
    private final Clock clock;

    BookingService(Bookings bookings, BookingWriter writer, BookingChecks checks, BookingAccess access,
                   BookingQueries reader, RoomService rooms, CentreService centres, CurrentUser currentUser,
                   Clock clock) {
        this.bookings = bookings;
        this.writer = writer;
        this.checks = checks;
        this.access = access;
        this.reader = reader;
        this.rooms = rooms;
        this.centres = centres;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Books a room; it starts as requested when the room needs approval and the caller does not keep the centre. */
    @PreAuthorize("hasAnyRole('ADMIN', 'CENTRE_MANAGER', 'NGO_STAFF')")
    public BookingSummary create(@Valid BookingDraft draft) {
        var booked = place(draft, null);
        return reader.summary(booked.booking(), booked.room(), booked.centre());
    }

    /**
     * Books one occurrence of a series, for {@link BookingSeriesService}; the checks are the
     * same as for a single booking.
     */
    Booking book(BookingDraft draft, Long seriesId) {
        return place(draft, seriesId).booking();
    }

    /** A booking just written, with the room and centre read for it, so that the answer need not read them again. */
    private record Booked(Booking booking, RoomSummary room, CentreSummary centre) {
    }

    private Booked place(BookingDraft draft, Long seriesId) {
        var scope = currentUser.scope();
        var organisationId = access.organisationFor(scope, draft.organisationId());
        var room = room(draft.roomId());
        var centre = centres.get(room.centreId());
        access.checkMayBook(scope, room, centre, organisationId);
        var request = new BookingChecks.Request(room, centre, organisationId, draft.start(), draft.end(),
                draft.expectedAttendance(), access.boundByRules(scope), 0);
        checks.check(request);
        var status = room.needsApproval() && !access.keepsCentre(scope, room.centreId())
                ? BookingStatus.REQUESTED : BookingStatus.CONFIRMED;
        var now = clock.instant();
        // a fresh entity for each attempt: a failed insert may leave Hibernate's state on the one it tried
        var booking = guarded(request, () -> writer.insert(request, new Booking(Slot.of(room, draft.start(),
                draft.end()), organisationId, seriesId, draft, status, scope.displayName(), scope.userId(), now)));
        return new Booked(booking, room, centre);
    }

    /**
     * Changes room, times, purpose or attendance of a booking that still holds its room and has not started. A new
     * time or room in a room that needs approval goes back to the managers when NGO staff change it.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'CENTRE_MANAGER', 'NGO_STAFF')")
    public BookingSummary change(long id, @Valid BookingDraft draft) {
        return reader.summary(changeBooking(id, draft));
    }

    Booking changeBooking(long id, BookingDraft draft) {
        var scope = currentUser.scope();
        var booking = find(id);
        access.checkMayChange(scope, booking);
        if (!booking.start().isAfter(clock.instant())) {
            throw new DomainException("BOOKING_ALREADY_STARTED");
        }
        var room = room(draft.roomId());
        var centre = centres.get(room.centreId());
        access.checkMayBook(scope, room, centre, booking.organisationId());
        var request = new BookingChecks.Request(room, centre, booking.organisationId(), draft.start(), draft.end(),
                draft.expectedAttendance(), access.boundByRules(scope), id);
        checks.check(request);
        boolean moved = room.id() != booking.roomId() || !draft.start().equals(booking.start())
                || !draft.end().equals(booking.end());
        var status = moved && room.needsApproval() && !access.keepsCentre(scope, room.centreId())
                ? BookingStatus.REQUESTED : booking.status();
        var keptOrganisation = new BookingDraft(draft.roomId(), draft.start(), draft.end(), draft.purpose(),
                booking.organisationId(), draft.expectedAttendance(),
                draft.programmeId() != null ? draft.programmeId() : booking.programmeId());
        return guarded(request, () -> writer.update(id, request, Slot.of(room, draft.start(), draft.end()),
                keptOrganisation, status));
    }

    /** Cancels a booking; NGO staff only up to the centre's cancellation cut-off. */
    @PreAuthorize("hasAnyRole('ADMIN', 'CENTRE_MANAGER', 'NGO_STAFF')")
    public BookingSummary cancel(long id, String reason) {
        return reader.summary(cancelBooking(id, reason));
    }

    Booking cancelBooking(long id, String reason) {
        var scope = currentUser.scope();
        var booking = find(id);
        access.checkMayChange(scope, booking);
        var now = clock.instant();
        if (!booking.end().isAfter(now)) {
            throw new DomainException("BOOKING_ALREADY_OVER");
        }
        if (access.boundByRules(scope)) {
            var cutoff = Duration.ofMinutes(reader.rulesOf(booking.centreId()).cancelCutoffMinutes());
            var last = booking.start().minus(cutoff);
            if (now.isAfter(last)) {
                var zone = centres.get(booking.centreId()).timeZone();
                throw new DomainException("RULE_CANCEL_CUTOFF", BookingTimes.length(cutoff),
                        BookingTimes.at(last, zone));
            }
        }
        return writer.transition(id, BookingStatus.CANCELLED, blankToNull(reason), scope.displayName(), now);
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'CENTRE_MANAGER')")
    public BookingSummary approve(long id, String note) {
        var scope = currentUser.scope();
        access.checkMayDecide(scope, find(id));
        return reader.summary(writer.transition(id, BookingStatus.CONFIRMED, blankToNull(note), scope.displayName(),
                clock.instant()));
    }

    /** Declines a requested booking; the reason is required, the requester reads it. */
    @PreAuthorize("hasAnyRole('ADMIN', 'CENTRE_MANAGER')")
    public BookingSummary decline(long id, String reason) {
        var scope = currentUser.scope();
        access.checkMayDecide(scope, find(id));
        if (reason == null || reason.isBlank()) {
            throw new DomainException("BOOKING_DECLINE_REASON_REQUIRED");
        }
        return reader.summary(writer.transition(id, BookingStatus.DECLINED, reason.strip(), scope.displayName(),
                clock.instant()));
    }

    /**
     * Runs a write under the guarantee and explains a refusal by the database. Two writers whose bookings overlap
     * can also deadlock inside PostgreSQL's exclusion check (each waits for the other's uncommitted row; the
     * deadlock detector aborts one with 40P01): the aborted one is tried again, and then either books (the other
     * gave way) or meets the other's committed booking and reads "this slot was just taken".
     */
    private <T> T guarded(BookingChecks.Request request, java.util.function.Supplier<T> write) {
        for (int attempt = 1; ; attempt++) {
            try {
                return write.get();
            } catch (DataIntegrityViolationException refused) {
                // the exclusion constraint: someone else committed an overlapping booking after our check
                throw justTaken(request, refused);
            } catch (TransientDataAccessException aborted) {
                if (!isDeadlockOrSerialisationFailure(aborted)) {
                    throw aborted;
                }
                if (attempt == WRITE_ATTEMPTS) {
                    throw justTaken(request, aborted);
                }
            }
        }
    }

    private RuntimeException justTaken(BookingChecks.Request request, RuntimeException refused) {
        return checks.conflict(request).<RuntimeException>map(
                t -> new DomainException("BOOKING_SLOT_JUST_TAKEN", t.arguments())).orElse(refused);
    }

    /** SQLState class 40 (transaction rollback): 40P01 deadlock on PostgreSQL, 40001 on H2 and serialisation. */
    private static boolean isDeadlockOrSerialisationFailure(Throwable failure) {
        for (var cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().equals("40P01") || sql.getSQLState().equals("40001"))) {
                return true;
            }
        }
        return false;
    }

    private RoomSummary room(long roomId) {
        return rooms.get(roomId);
    }

    private Booking find(long id) {
        return bookings.findById(id).orElseThrow(() -> new NotFoundException("booking", id));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
