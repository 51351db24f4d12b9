package org.servicecentre.demo;

import static org.servicecentre.demo.DemoHistoryRows.ts;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.servicecentre.demo.DemoHistoryPlan.Planned;
import org.servicecentre.demo.DemoHistoryPlan.Room;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo centres' weekly hours and closures as the tables hold them, and the sessions running right now at 科技园 and
 * 高新区 (when they are open): in the first preferred room that no booking holds at the time.
 */
final class DemoHistoryToday {

    private static final Map<String, List<String>> LIVE_ROOMS = Map.of("KJY", List.of("ELDER", "KIDS", "MEET-1", "HALL"),
            "GXQ", List.of("PC", "MEET-1", "HALL", "KITCHEN"));

    private final JdbcTemplate jdbc;
    private final ZoneId zone;
    private final Instant now;
    private final Map<Long, Map<DayOfWeek, List<int[]>>> hours = new HashMap<>();

    DemoHistoryToday(JdbcTemplate jdbc, ZoneId zone, Instant now) {
        this.jdbc = jdbc;
        this.zone = zone;
        this.now = now;
    }

    /** The centre's open ranges per weekday, as minutes of the day. */
    Map<DayOfWeek, List<int[]>> hours(long centreId) {
        return hours.computeIfAbsent(centreId, id -> {
            var week = new HashMap<DayOfWeek, List<int[]>>();
            jdbc.query("select day_of_week, start_minute, end_minute from weekly_range where centre_id = ?", rs -> {
                week.computeIfAbsent(DayOfWeek.of(rs.getInt(1)), d -> new ArrayList<>())
                        .add(new int[] {rs.getInt(2), rs.getInt(3)});
            }, id);
            return week;
        });
    }

    /** The days from {@code first} the whole centre was closed. */
    Set<LocalDate> closedDays(long centreId, LocalDate first) {
        return days(jdbc.queryForList("select first_day, last_day from closure where centre_id = ? and room_id is null"
                + " and last_day >= ?", centreId, first), first);
    }

    /** The days from {@code first} the room (or its whole centre) was closed. */
    Set<LocalDate> closedDays(Room room, LocalDate first) {
        return days(jdbc.queryForList("select first_day, last_day from closure where centre_id = ? and (room_id is null"
                + " or room_id = ?) and last_day >= ?", room.centreId(), room.id(), first), first);
    }

    private static Set<LocalDate> days(List<Map<String, Object>> closures, LocalDate first) {
        var days = new HashSet<LocalDate>();
        for (var closure : closures) {
            var from = ((java.sql.Date) closure.get("first_day")).toLocalDate();
            var to = ((java.sql.Date) closure.get("last_day")).toLocalDate();
            for (var day = from.isBefore(first) ? first : from; !day.isAfter(to); day = day.plusDays(1)) {
                days.add(day);
            }
        }
        return days;
    }

    /** A session running now in each centre that is open now, started up to 40 minutes ago, about two hours long. */
    List<Planned> liveSlots(List<Room> rooms) {
        var slots = new ArrayList<Planned>();
        var local = now.atZone(zone);
        int minute = local.getHour() * 60 + local.getMinute();
        for (var centre : List.of("KJY", "GXQ")) {
            var ofCentre = rooms.stream().filter(r -> r.centreCode().equals(centre)).toList();
            if (ofCentre.isEmpty() || closedDays(ofCentre.getFirst().centreId(), local.toLocalDate())
                    .contains(local.toLocalDate())) {
                continue;
            }
            var open = hours(ofCentre.getFirst().centreId()).getOrDefault(local.getDayOfWeek(), List.of()).stream()
                    .filter(r -> r[0] <= minute - 10 && minute + 20 <= r[1]).findFirst();
            if (open.isEmpty()) {
                continue;
            }
            int start = Math.max(open.get()[0], (minute - 40) / 5 * 5);
            int end = Math.min(open.get()[1], start + 120);
            var from = local.toLocalDate().atStartOfDay(zone).toInstant().plusSeconds(start * 60L);
            var until = local.toLocalDate().atStartOfDay(zone).toInstant().plusSeconds(end * 60L);
            for (var code : LIVE_ROOMS.get(centre)) {
                var room = ofCentre.stream().filter(r -> r.code().equals(code)).findFirst().orElse(null);
                var activity = room == null ? null : DemoHistoryPlan.USES.get(code).stream()
                        .filter(a -> a.programme() != null).findFirst().orElse(null);
                if (activity != null && free(room, from, until)) {
                    slots.add(new Planned(room, activity, from, until));
                    break;
                }
            }
        }
        return slots;
    }

    private boolean free(Room room, Instant from, Instant until) {
        if (closedDays(room, LocalDate.ofInstant(now, zone)).contains(LocalDate.ofInstant(now, zone))) {
            return false;
        }
        Integer holding = jdbc.queryForObject("select count(*) from booking where room_id = ? and status in"
                + " ('REQUESTED', 'CONFIRMED') and blocked_from < ? and blocked_until > ?", Integer.class, room.id(),
                ts(until.plusSeconds(room.cleanup() * 60L)), ts(from.minusSeconds(room.setup() * 60L)));
        return holding == null || holding == 0;
    }
}
