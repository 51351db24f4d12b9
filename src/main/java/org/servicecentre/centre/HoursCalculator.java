package org.servicecentre.centre;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The wall-clock reasoning about opening hours, in one place and without Spring: which ranges a date keeps
 * (closure, else exception, else the usual week) and the open intervals as instants in the centre's zone.
 * <p>
 * Local times become instants through {@link ZonedDateTime}: a time in a spring-forward gap moves forward by the
 * gap; in an autumn overlap a start takes the earlier offset and an end the later one, so the whole wall-clock
 * range is open. 24:00 is the start of the next day, so around-the-clock ranges join across midnight.
 */
final class HoursCalculator {

    private final ZoneId zone;
    private final WeeklyHours week;
    private final Map<LocalDate, HoursExceptionSummary> exceptions = new HashMap<>();
    private final List<ClosureSummary> closures;

    /** The closures given are the ones that apply: the centre's, plus those of the room in question. */
    HoursCalculator(ZoneId zone, WeeklyHours week, Collection<HoursExceptionSummary> exceptions,
                    Collection<ClosureSummary> closures) {
        this.zone = zone;
        this.week = week;
        exceptions.forEach(e -> this.exceptions.put(e.date(), e));
        this.closures = List.copyOf(closures);
    }

    DayHours day(LocalDate date) {
        var closure = closures.stream().filter(c -> c.covers(date))
                .min(Comparator.comparing(ClosureSummary::roomId, Comparator.nullsFirst(Comparator.naturalOrder())));
        if (closure.isPresent()) {
            return new DayHours(date, DayHours.Kind.CLOSURE, List.of(), closure.get().reason());
        }
        var exception = exceptions.get(date);
        if (exception != null) {
            return new DayHours(date, DayHours.Kind.SPECIAL, exception.ranges(), exception.reason());
        }
        return new DayHours(date, DayHours.Kind.REGULAR, week.on(date.getDayOfWeek()), null);
    }

    /** The merged open intervals of the dates from {@code from} to {@code to}, both inclusive. */
    List<OpenInterval> intervals(LocalDate from, LocalDate to) {
        var raw = new ArrayList<OpenInterval>();
        for (var date = from; !date.isAfter(to); date = date.plusDays(1)) {
            for (var range : day(date).ranges()) {
                var start = startOf(date, range.startMinute());
                var end = endOf(date, range.endMinute());
                if (start.isBefore(end)) {
                    raw.add(new OpenInterval(start, end));
                }
            }
        }
        return merge(raw);
    }

    /** Whether [start, end) lies wholly within one open interval. */
    boolean isOpen(Instant start, Instant end) {
        if (!start.isBefore(end)) {
            return false;
        }
        // the day before too: a range of the previous day may reach past midnight in another reading of the zone
        var from = start.atZone(zone).toLocalDate().minusDays(1);
        var to = end.atZone(zone).toLocalDate();
        return intervals(from, to).stream().anyMatch(i -> i.contains(start, end));
    }

    static List<OpenInterval> merge(List<OpenInterval> intervals) {
        var sorted = intervals.stream().sorted(Comparator.comparing(OpenInterval::start)).toList();
        var merged = new ArrayList<OpenInterval>();
        for (var next : sorted) {
            if (!merged.isEmpty() && !next.start().isAfter(merged.getLast().end())) {
                var last = merged.removeLast();
                merged.add(new OpenInterval(last.start(), next.end().isAfter(last.end()) ? next.end() : last.end()));
            } else {
                merged.add(next);
            }
        }
        return merged;
    }

    private Instant startOf(LocalDate date, int minute) {
        return ZonedDateTime.of(date.atStartOfDay().plusMinutes(minute), zone).withEarlierOffsetAtOverlap().toInstant();
    }

    private Instant endOf(LocalDate date, int minute) {
        if (minute == TimeRange.END_OF_DAY) {
            return date.plusDays(1).atStartOfDay(zone).toInstant();
        }
        return ZonedDateTime.of(date.atStartOfDay().plusMinutes(minute), zone).withLaterOffsetAtOverlap().toInstant();
    }
}
