package org.servicecentre.centre;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Which of many rooms are open for a whole range, for {@link OpeningHoursService#openRooms}: a handful of queries for
 * all the rooms' centres together, not five per centre, since the free-room search asks about hundreds of rooms in
 * dozens of centres at once.
 */
@Component
class OpenRooms {

    private final CentreService centres;
    private final Rooms rooms;
    private final WeeklyRanges weeklyRanges;
    private final HoursExceptions exceptions;
    private final Closures closures;

    OpenRooms(CentreService centres, Rooms rooms, WeeklyRanges weeklyRanges, HoursExceptions exceptions,
              Closures closures) {
        this.centres = centres;
        this.rooms = rooms;
        this.weeklyRanges = weeklyRanges;
        this.exceptions = exceptions;
        this.closures = closures;
    }

    Set<Long> of(Collection<Long> roomIds, Instant start, Instant end) {
        var open = new java.util.HashSet<Long>();
        if (!start.isBefore(end) || roomIds.isEmpty()) {
            return open;
        }
        var byCentre = rooms.findAllById(roomIds).stream().collect(Collectors.groupingBy(Room::centreId));
        var summaries = centres.getAll(byCentre.keySet());
        var earliest = start.atZone(java.time.ZoneOffset.UTC).toLocalDate().minusDays(2);
        var latest = end.atZone(java.time.ZoneOffset.UTC).toLocalDate().plusDays(1);
        var weeks = weeklyRanges.findByCentreIdIn(byCentre.keySet()).stream()
                .collect(Collectors.groupingBy(WeeklyRange::centreId));
        var allExceptions = exceptions.betweenIn(byCentre.keySet(), earliest, latest).stream()
                .map(HoursException::summary).collect(Collectors.groupingBy(HoursExceptionSummary::centreId));
        var allClosures = closures.touchingIn(byCentre.keySet(), earliest, latest).stream()
                .map(c -> c.summary(null)).collect(Collectors.groupingBy(ClosureSummary::centreId));
        byCentre.forEach((centreId, centreRooms) -> {
            var centre = summaries.get(centreId);
            var from = start.atZone(centre.timeZone()).toLocalDate().minusDays(1);
            var to = end.atZone(centre.timeZone()).toLocalDate();
            OpeningHoursService.checkSpan(from, to);
            var week = OpeningHoursService.week(weeks.getOrDefault(centreId, List.of()));
            var found = allExceptions.getOrDefault(centreId, List.of()).stream()
                    .filter(e -> !e.date().isBefore(from) && !e.date().isAfter(to)).toList();
            var touching = allClosures.getOrDefault(centreId, List.<ClosureSummary>of()).stream()
                    .filter(c -> !c.firstDay().isAfter(to) && !c.lastDay().isBefore(from)).toList();
            for (var room : centreRooms) {
                var applying = touching.stream().filter(c -> c.roomId() == null || room.id().equals(c.roomId()))
                        .toList();
                if (new HoursCalculator(centre.timeZone(), week, found, applying).isOpen(start, end)) {
                    open.add(room.id());
                }
            }
        });
        return open;
    }
}
