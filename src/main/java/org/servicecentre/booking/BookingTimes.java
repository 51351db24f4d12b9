package org.servicecentre.booking;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Times as messages show them: in the centre's zone, language-neutral digits. */
final class BookingTimes {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private BookingTimes() {
    }

    static String at(Instant instant, ZoneId zone) {
        return DATE_TIME.format(instant.atZone(zone));
    }

    /** "2026-11-24 16:30–18:00", or both dates when the range crosses midnight. */
    static String range(Instant start, Instant end, ZoneId zone) {
        var from = start.atZone(zone);
        var to = end.atZone(zone);
        return DATE_TIME.format(from) + "–" + (from.toLocalDate().equals(to.toLocalDate())
                ? TIME.format(to) : DATE_TIME.format(to));
    }

    /** "2h30m" style lengths, the same in both languages. */
    static String length(Duration duration) {
        long hours = duration.toHours();
        long minutes = duration.toMinutesPart();
        return hours == 0 ? minutes + "min" : minutes == 0 ? hours + "h" : hours + "h" + minutes + "min";
    }
}
