package org.servicecentre.occupancy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.servicecentre.booking.BookingQueries;
import org.servicecentre.booking.BookingStatus;
import org.servicecentre.booking.CalendarEntry;
import org.servicecentre.centre.CentreDraft;
import org.servicecentre.centre.CentreService;
import org.servicecentre.centre.CentreSummary;
import org.servicecentre.centre.OpenInterval;
import org.servicecentre.centre.OpeningHoursService;
import org.servicecentre.centre.RoomFilter;
import org.servicecentre.centre.RoomService;
import org.servicecentre.centre.RoomSummary;
import org.servicecentre.organisation.OrganisationService;
import org.servicecentre.programme.AttendanceDesk;
import org.servicecentre.programme.SessionService;
import org.servicecentre.programme.SessionSummary;
import org.springframework.stereotype.Component;

/**
 * Gathers what a digest says from the centre, booking and programme modules, through their scoped services: as the
 * system for the weekly job, as the signed-in user for the preview. Weeks are read in each centre's zone.
 */
@Component
class DigestCompiler {

    private static final Set<BookingStatus> USED = EnumSet.of(BookingStatus.CONFIRMED, BookingStatus.COMPLETED);
    private static final int MAX_ROOMS = 500;

    private final CentreService centres;
    private final RoomService rooms;
    private final OpeningHoursService hours;
    private final BookingQueries bookings;
    private final AttendanceDesk desk;
    private final SessionService sessions;
    private final OrganisationService organisations;
    private final List<ManagerDigestSection> sections;

    DigestCompiler(CentreService centres, RoomService rooms, OpeningHoursService hours, BookingQueries bookings,
                   AttendanceDesk desk, SessionService sessions, OrganisationService organisations,
                   List<ManagerDigestSection> sections) {
        this.centres = centres;
        this.rooms = rooms;
        this.hours = hours;
        this.bookings = bookings;
        this.desk = desk;
        this.sessions = sessions;
        this.organisations = organisations;
        this.sections = sections;
    }

    /** The digest of a manager of these centres for the last full week before {@code now}. */
    ManagerDigest manager(long accountId, String name, Set<Long> centreIds, Instant now) {
        var parts = centreIds.stream().sorted().map(centres::get)
                .sorted(Comparator.comparing(CentreSummary::name))
                .map(c -> centre(c, DigestWeek.lastFullWeekBefore(now, c.timeZone())))
                .toList();
        var week = parts.isEmpty() ? DigestWeek.lastFullWeekBefore(now, CentreDraft.DEFAULT_ZONE) : parts.getFirst().week();
        var extra = sections.stream().map(s -> s.forManager(accountId, centreIds, week))
                .flatMap(java.util.Optional::stream).toList();
        return new ManagerDigest(accountId, name, week, parts, extra);
    }

    /** The digest of an organisation for the last full week before {@code now} (read in the default zone). */
    OrganisationDigest organisation(long organisationId, Instant now) {
        var week = DigestWeek.lastFullWeekBefore(now, CentreDraft.DEFAULT_ZONE);
        var held = sessions.ofOrganisation(organisationId, week.from(), week.to()).stream()
                .filter(s -> !s.start().isBefore(week.from())).toList();
        var byProgramme = held.stream().collect(Collectors.groupingBy(SessionSummary::programmeId, LinkedHashMap::new,
                Collectors.toList()));
        var programmes = byProgramme.values().stream().map(list -> new DigestProgrammeAttendance(
                        list.getFirst().programmeId(), list.getFirst().programmeTitle(), list.size(),
                        list.stream().mapToLong(SessionSummary::registered).sum(),
                        list.stream().mapToLong(SessionSummary::attended).sum()))
                .sorted(Comparator.comparing(DigestProgrammeAttendance::title)).toList();
        return new OrganisationDigest(organisationId, organisations.get(organisationId).name(), week, programmes);
    }

    private DigestCentre centre(CentreSummary centre, DigestWeek week) {
        var roomsOfCentre = rooms.list(RoomFilter.ofCentre(centre.id(), false), 0, MAX_ROOMS);
        var used = bookings.calendarOfCentre(centre.id(), week.from(), week.to()).stream()
                .filter(b -> USED.contains(b.status()))
                .collect(Collectors.groupingBy(CalendarEntry::roomId));
        var use = roomsOfCentre.stream().sorted(Comparator.comparing(RoomSummary::code))
                .map(r -> roomUse(r, week, used.getOrDefault(r.id(), List.of()))).toList();
        var held = desk.sessionsAt(centre.id(), week.from(), week.to()).stream()
                .filter(s -> !s.start().isBefore(week.from())).toList();
        var empty = held.stream().filter(s -> s.attended() == 0).map(DigestCompiler::line).toList();
        var under = held.stream().filter(s -> s.attended() > 0 && s.attended() * 2 < s.registered())
                .map(DigestCompiler::line).toList();
        var next = desk.sessionsAt(centre.id(), week.next().from(), week.next().to()).stream()
                .filter(s -> !s.start().isBefore(week.next().from())).toList();
        var capacities = roomsOfCentre.stream().collect(Collectors.toMap(RoomSummary::id, Function.identity()));
        var around = new ArrayList<SessionSummary>(held);
        around.addAll(next);
        return new DigestCentre(centre.id(), centre.name(), week, use, held.size(), empty, under,
                oversubscribed(around, capacities), next.size());
    }

    private DigestRoomUse roomUse(RoomSummary room, DigestWeek week, List<CalendarEntry> booked) {
        List<OpenInterval> open = hours.openIntervals(room.id(), week.monday(), week.sunday());
        long openMinutes = open.stream().mapToLong(i -> Duration.between(i.start(), i.end()).toMinutes()).sum();
        long bookedMinutes = 0;
        for (var booking : booked) {
            for (var interval : open) {
                var from = max(booking.start(), interval.start());
                var to = min(booking.end(), interval.end());
                if (from.isBefore(to)) {
                    bookedMinutes += Duration.between(from, to).toMinutes();
                }
            }
        }
        return new DigestRoomUse(room.id(), room.name(), room.capacity(), openMinutes, bookedMinutes);
    }

    /** Per programme its fullest session: waitlisted, or more registered than its capacity or its room holds. */
    private static List<DigestOversubscribed> oversubscribed(List<SessionSummary> found, Map<Long, RoomSummary> rooms) {
        var result = new LinkedHashMap<Long, DigestOversubscribed>();
        for (var s : found) {
            var room = s.roomId() == null ? null : rooms.get(s.roomId());
            Integer roomCapacity = room == null ? null : room.capacity();
            boolean over = s.waitlisted() > 0 || (s.capacity() != null && s.registered() > s.capacity())
                    || (roomCapacity != null && s.registered() > roomCapacity);
            if (!over) {
                continue;
            }
            var line = new DigestOversubscribed(s.programmeId(), s.programmeTitle(), s.registered(), s.capacity(),
                    s.waitlisted(), roomCapacity, room == null ? null : room.name());
            result.merge(s.programmeId(), line, (a, b) ->
                    b.registered() + b.waitlisted() > a.registered() + a.waitlisted() ? b : a);
        }
        return List.copyOf(result.values());
    }

    private static DigestSession line(SessionSummary s) {
        return new DigestSession(s.id(), s.programmeId(), s.programmeTitle(), s.roomName() != null ? s.roomName()
                : s.place(), s.start(), s.zone(), s.registered(), s.attended());
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
