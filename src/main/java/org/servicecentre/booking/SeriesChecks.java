package org.servicecentre.booking;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.servicecentre.centre.CentreSummary;
import org.servicecentre.centre.OpenInterval;
import org.servicecentre.centre.OpeningHoursService;
import org.servicecentre.centre.RoomSummary;
import org.springframework.stereotype.Component;

/**
 * Checks every occurrence of a series at once. A series can span months, so the room's open hours and the bookings
 * holding it are read once for the whole span and each occurrence is screened against them in memory; only the
 * occurrences the screen stops (and, where the centre has a weekly quota, all of them) go through
 * {@link BookingChecks#problems}, which gives the precise reason, the same as for a single booking.
 */
@Component
class SeriesChecks {

    private final BookingChecks checks;
    private final Bookings bookings;
    private final OpeningHoursService hours;
    private final BookingRulesService rules;
    private final Clock clock;

    SeriesChecks(BookingChecks checks, Bookings bookings, OpeningHoursService hours, BookingRulesService rules,
                 Clock clock) {
        this.checks = checks;
        this.bookings = bookings;
        this.hours = hours;
        this.rules = rules;
        this.clock = clock;
    }

    /** The occurrences in order, each bookable or with its first problem. */
    List<OccurrencePreview> check(RoomSummary room, CentreSummary centre, long organisationId, int attendance,
                                  boolean boundByRules, List<TimeSlot> occurrences) {
        if (occurrences.isEmpty()) {
            return List.of();
        }
        var centreRules = boundByRules ? rules.rulesOf(centre.id()) : null;
        var screen = new Screen(room, attendance, centreRules, clock.instant(), open(room, centre.timeZone(), occurrences),
                held(room, occurrences));
        var found = new ArrayList<OccurrencePreview>(occurrences.size());
        for (var occurrence : occurrences) {
            if (screen.passes(occurrence)) {
                found.add(OccurrencePreview.bookable(occurrence.start(), occurrence.end()));
                continue;
            }
            var request = new BookingChecks.Request(room, centre, organisationId, occurrence.start(), occurrence.end(),
                    attendance, boundByRules, 0);
            var problems = checks.problems(request, false);
            found.add(problems.isEmpty() ? OccurrencePreview.bookable(occurrence.start(), occurrence.end())
                    : OccurrencePreview.refused(occurrence.start(), occurrence.end(), problems.getFirst()));
        }
        return found;
    }

    /** The room's open intervals over the whole span, read in pieces the hours service accepts. */
    private List<OpenInterval> open(RoomSummary room, ZoneId zone, List<TimeSlot> occurrences) {
        var first = occurrences.getFirst().start().atZone(zone).toLocalDate().minusDays(1);
        var last = occurrences.stream().map(TimeSlot::end).max(Comparator.naturalOrder()).orElseThrow()
                .atZone(zone).toLocalDate();
        var intervals = new ArrayList<OpenInterval>();
        for (LocalDate from = first; !from.isAfter(last); from = from.plusDays(OpeningHoursService.MAX_SPAN_DAYS - 1L)) {
            var to = from.plusDays(OpeningHoursService.MAX_SPAN_DAYS - 2L);
            intervals.addAll(hours.openIntervals(room.id(), from, to.isAfter(last) ? last : to));
        }
        return intervals;
    }

    private List<Booking> held(RoomSummary room, List<TimeSlot> occurrences) {
        var from = occurrences.stream().map(o -> Slot.of(room, o.start(), o.end()).blockedFrom())
                .min(Comparator.naturalOrder()).orElseThrow();
        var until = occurrences.stream().map(o -> Slot.of(room, o.start(), o.end()).blockedUntil())
                .max(Comparator.naturalOrder()).orElseThrow();
        return bookings.overlapping(room.id(), from, until, 0L, BookingChecks.HOLDING);
    }

    /**
     * What the bulk reads can tell without a query per occurrence; strict, so that what passes here would pass
     * {@link BookingChecks} too. A weekly quota depends on each week's bookings, so it is never screened.
     */
    private record Screen(RoomSummary room, int attendance, BookingRules rules, Instant now, List<OpenInterval> open,
                          List<Booking> held) {

        boolean passes(TimeSlot occurrence) {
            var start = occurrence.start();
            var end = occurrence.end();
            if (!start.isBefore(end) || start.isBefore(now) || !room.active() || !room.bookable()
                    || attendance > room.capacity() || !withinRules(start, end)) {
                return false;
            }
            if (open.stream().noneMatch(interval -> interval.contains(start, end))) {
                return false;
            }
            var slot = Slot.of(room, start, end);
            return held.stream().noneMatch(b -> slot.overlaps(b.blockedFrom(), b.blockedUntil()));
        }

        private boolean withinRules(Instant start, Instant end) {
            if (rules == null) {
                return true;
            }
            return rules.weeklyQuotaMinutes() == null
                    && !start.isAfter(now.plus(Duration.ofDays(rules.horizonDays())))
                    && !start.isBefore(now.plus(Duration.ofMinutes(rules.minNoticeMinutes())))
                    && Duration.between(start, end).compareTo(Duration.ofMinutes(rules.maxLengthMinutes())) <= 0;
        }
    }
}
