package org.servicecentre.occupancy;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Times in messages, on the centre's wall clock and in a form both languages read ("2026-11-25 09:30"). */
final class OccupancyTimes {

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("HH:mm");

    private OccupancyTimes() {
    }

    static String at(Instant instant, ZoneId zone) {
        return AT.format(instant.atZone(zone));
    }

    static String range(Instant start, Instant end, ZoneId zone) {
        return at(start, zone) + "–" + UNTIL.format(end.atZone(zone));
    }
}
