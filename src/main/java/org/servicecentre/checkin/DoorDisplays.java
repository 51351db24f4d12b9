package org.servicecentre.checkin;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.servicecentre.booking.BookingQueries;
import org.servicecentre.booking.BookingStatus;
import org.servicecentre.booking.CalendarEntry;
import org.servicecentre.centre.RoomService;
import org.servicecentre.programme.AttendanceDesk;
import org.servicecentre.programme.SessionStatus;
import org.servicecentre.programme.SessionSummary;
import org.servicecentre.security.CurrentUser;
import org.servicecentre.shared.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The data of a room's door display: confirmed bookings and scheduled sessions in the room today, and the residents
 * checked in (and not yet out) for the session now. For the kiosks of the room's centre, its managers and admins.
 */
@Service
@Transactional(readOnly = true)
public class DoorDisplays {

    /** Bookings that really take the room: a request not yet confirmed, or one released, leaves the door free. */
    private static final Set<BookingStatus> TAKES_ROOM = EnumSet.of(BookingStatus.CONFIRMED, BookingStatus.COMPLETED);

    private final RoomService rooms;
    private final BookingQueries bookings;
    private final AttendanceDesk desk;
    private final CheckIns checkIns;
    private final CurrentUser currentUser;
    private final Clock clock;

    DoorDisplays(RoomService rooms, BookingQueries bookings, AttendanceDesk desk, CheckIns checkIns,
                 CurrentUser currentUser, Clock clock) {
        this.rooms = rooms;
        this.bookings = bookings;
        this.desk = desk;
        this.checkIns = checkIns;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The room's door display now; a room of a centre not the caller's is refused. */
    @PreAuthorize("hasAnyRole('KIOSK', 'ADMIN', 'CENTRE_MANAGER')")
    public DoorDisplay of(long roomId) {
        var place = rooms.places(List.of(roomId)).get(roomId);
        if (place == null) {
            throw new NotFoundException("room", roomId);
        }
        var scope = currentUser.scope();
        if (!scope.isAdmin() && !scope.centreIds().contains(place.centreId())) {
            throw new AccessDeniedException("room " + roomId + " is not in the caller's centre");
        }
        var zone = place.zone();
        var now = clock.instant();
        var dayEnd = now.atZone(zone).toLocalDate().plusDays(1).atStartOfDay(zone).toInstant();
        var until = dayEnd.isAfter(now) ? dayEnd : now.plusSeconds(60);

        var sessions = desk.sessionsAt(place.centreId(), now, until).stream()
                .filter(s -> s.status() == SessionStatus.SCHEDULED && Long.valueOf(roomId).equals(s.roomId()))
                .toList();
        var publicProgrammes = sessions.isEmpty() ? Set.<Long>of()
                : desk.publicOf(sessions.stream().map(SessionSummary::programmeId).collect(Collectors.toSet()));
        Map<Long, SessionSummary> byBooking = sessions.stream().filter(s -> s.bookingId() != null)
                .collect(Collectors.toMap(SessionSummary::bookingId, Function.identity(), (a, b) -> a));

        var uses = new ArrayList<DoorDisplay.Occupancy>();
        for (CalendarEntry entry : bookings.calendarOfRoom(roomId, now, until)) {
            if (TAKES_ROOM.contains(entry.status())) {
                var session = byBooking.get(entry.id());
                uses.add(new DoorDisplay.Occupancy(entry.start(), entry.end(),
                        titleOf(session, publicProgrammes), entry.organisationName(),
                        session == null ? null : session.id()));
            }
        }
        sessions.stream().filter(s -> s.bookingId() == null).forEach(s -> uses.add(new DoorDisplay.Occupancy(
                s.start(), s.end(), titleOf(s, publicProgrammes), null, s.id())));
        uses.sort(Comparator.comparing(DoorDisplay.Occupancy::start));

        var current = uses.stream().filter(u -> !u.start().isAfter(now) && u.end().isAfter(now)).findFirst()
                .orElse(null);
        var next = uses.stream().filter(u -> u.start().isAfter(now)).findFirst().orElse(null);
        var freeUntil = current == null && next != null ? next.start() : null;
        long checkedIn = current == null || current.sessionId() == null ? 0
                : checkIns.countBySessionIdAndOutcomeAndCheckedOutAtIsNull(current.sessionId(),
                        KioskOutcome.CHECKED_IN);
        return new DoorDisplay(roomId, place.roomName(), place.centreId(), place.centreName(), place.roomCapacity(),
                zone, now, current, next, freeUntil, checkedIn);
    }

    private static String titleOf(SessionSummary session, Set<Long> publicProgrammes) {
        return session != null && publicProgrammes.contains(session.programmeId()) ? session.programmeTitle() : null;
    }
}
