package org.servicecentre.occupancy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.servicecentre.booking.BookingStatus;
import org.servicecentre.centre.OpenInterval;

/**
 * Turns a room's open intervals and bookings into daily rollup rows. Pure arithmetic, so the hand-computed fixtures
 * test it directly: use counts only inside open hours (closures are already cut out of the intervals), split at local
 * midnight and at every local hour, so a session over midnight lands on both days.
 */
final class RoomDayCalculator {

    private final ZoneId zone;
    private final LocalDate from;
    private final LocalDate to;
    private final long[][] openSeconds;
    private final long[][] bookedSeconds;
    private final long[] attendedSeconds;
    private final int[][] counts;

    private RoomDayCalculator(ZoneId zone, LocalDate from, LocalDate to) {
        this.zone = zone;
        this.from = from;
        this.to = to;
        int days = (int) ChronoUnit.DAYS.between(from, to) + 1;
        openSeconds = new long[days][24];
        bookedSeconds = new long[days][24];
        attendedSeconds = new long[days];
        counts = new int[days][4];
    }

    /** The rows of the room for every date from {@code from} to {@code to}, bookings judged as of {@code now}. */
    static List<RoomDay> compute(long roomId, long centreId, ZoneId zone, LocalDate from, LocalDate to,
                                 List<OpenInterval> open, List<BookingFact> bookings, Instant now) {
        var calculator = new RoomDayCalculator(zone, from, to);
        for (var interval : open) {
            calculator.spread(interval.start(), interval.end(), calculator.openSeconds, null);
        }
        for (var booking : bookings) {
            calculator.add(booking, open, now);
        }
        return calculator.rows(roomId, centreId);
    }

    private void add(BookingFact booking, List<OpenInterval> open, Instant now) {
        int startDay = index(booking.start().atZone(zone).toLocalDate());
        if (startDay >= 0) {
            count(startDay, booking, now);
        }
        if (!booking.used()) {
            return;
        }
        for (var interval : open) {
            var start = max(booking.start(), interval.start());
            var end = min(booking.end(), interval.end());
            if (start.isBefore(end)) {
                spread(start, end, bookedSeconds, booking.attended() ? attendedSeconds : null);
            }
        }
    }

    private void count(int day, BookingFact booking, Instant now) {
        var status = booking.status();
        if (status == BookingStatus.CANCELLED) {
            counts[day][3]++;
            return;
        }
        if (!booking.used() && status != BookingStatus.RELEASED) {
            return;
        }
        counts[day][0]++;
        if (status == BookingStatus.RELEASED) {
            counts[day][1]++;
        } else if (!booking.attended() && !booking.end().isAfter(now)) {
            counts[day][2]++;
        }
    }

    /** Adds [start, end) hour by hour to {@code perHour} (and day by day to {@code perDay} if given). */
    private void spread(Instant start, Instant end, long[][] perHour, long[] perDay) {
        var at = start;
        while (at.isBefore(end)) {
            var local = at.atZone(zone);
            var next = min(end, local.truncatedTo(ChronoUnit.HOURS).plusHours(1).toInstant());
            int day = index(local.toLocalDate());
            if (day >= 0) {
                long seconds = next.getEpochSecond() - at.getEpochSecond();
                perHour[day][local.getHour()] += seconds;
                if (perDay != null) {
                    perDay[day] += seconds;
                }
            }
            at = next;
        }
    }

    private List<RoomDay> rows(long roomId, long centreId) {
        var rows = new ArrayList<RoomDay>(openSeconds.length);
        for (int d = 0; d < openSeconds.length; d++) {
            var openByHour = minutes(openSeconds[d]);
            var bookedByHour = minutes(bookedSeconds[d]);
            var figures = new UsageFigures(total(openSeconds[d]) / 60, total(bookedSeconds[d]) / 60,
                    attendedSeconds[d] / 60, counts[d][0], counts[d][1], counts[d][2], counts[d][3]);
            rows.add(new RoomDay(roomId, centreId, from.plusDays(d), figures, openByHour, bookedByHour));
        }
        return rows;
    }

    private int index(LocalDate date) {
        return date.isBefore(from) || date.isAfter(to) ? -1 : (int) ChronoUnit.DAYS.between(from, date);
    }

    private static int[] minutes(long[] seconds) {
        var minutes = new int[seconds.length];
        for (int i = 0; i < seconds.length; i++) {
            minutes[i] = (int) (seconds[i] / 60);
        }
        return minutes;
    }

    private static long total(long[] seconds) {
        long sum = 0;
        for (long s : seconds) {
            sum += s;
        }
        return sum;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
