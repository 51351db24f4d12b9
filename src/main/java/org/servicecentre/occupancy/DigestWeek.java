package org.servicecentre.occupancy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/** A calendar week, Monday to Sunday, read in a centre's zone: the week a digest covers. */
public record DigestWeek(LocalDate monday, ZoneId zone) {

    public DigestWeek {
        if (monday.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new IllegalArgumentException("a digest week starts on a Monday, not " + monday);
        }
    }

    /** The last full week before {@code now} in the zone: on any day of a week, the week before it. */
    public static DigestWeek lastFullWeekBefore(Instant now, ZoneId zone) {
        var thisMonday = now.atZone(zone).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return new DigestWeek(thisMonday.minusWeeks(1), zone);
    }

    public LocalDate sunday() {
        return monday.plusDays(6);
    }

    /** Monday 00:00 in the zone. */
    public Instant from() {
        return monday.atStartOfDay(zone).toInstant();
    }

    /** The next Monday 00:00 in the zone (exclusive end). */
    public Instant to() {
        return monday.plusWeeks(1).atStartOfDay(zone).toInstant();
    }

    public DigestWeek next() {
        return new DigestWeek(monday.plusWeeks(1), zone);
    }

    /** "2026-W47", the ISO week, as digest keys name it. */
    public String isoWeek() {
        return "%d-W%02d".formatted(monday.get(IsoFields.WEEK_BASED_YEAR), monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
