package org.servicecentre.booking;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.servicecentre.centre.CentreSummary;
import org.servicecentre.centre.DayHours;
import org.servicecentre.centre.OpeningHoursService;
import org.servicecentre.centre.RoomSummary;
import org.servicecentre.shared.DomainException;
import org.springframework.stereotype.Component;

/**
 * Every reason a booking of a room for [start, end) cannot be made, each with a code and what would pass: the
 * range itself, the room, the centre's rules (for those bound by them), opening hours and closures, and other
 * bookings. {@link #check} throws the first; the series preview lists them all per occurrence.
 */
@Component
class BookingChecks {

    static final List<BookingStatus> HOLDING = List.of(BookingStatus.REQUESTED, BookingStatus.CONFIRMED);

    private final Bookings bookings;
    private final OpeningHoursService hours;
    private final BookingRulesService rules;
    private final Clock clock;

    BookingChecks(Bookings bookings, OpeningHoursService hours, BookingRulesService rules, Clock clock) {
        this.bookings = bookings;
        this.hours = hours;
        this.rules = rules;
        this.clock = clock;
    }

    /** What is being asked; {@code ignoredId} is the booking being changed (0 for a new one). */
    record Request(RoomSummary room, CentreSummary centre, long organisationId, Instant start, Instant end,
                   int expectedAttendance, boolean boundByRules, long ignoredId) {
    }

    void check(Request request) {
        var found = problems(request, true);
        if (!found.isEmpty()) {
            throw found.getFirst();
        }
    }

    /** All problems; with {@code stopEarly} only the first, which is all {@link #check} needs. */
    List<DomainException> problems(Request request, boolean stopEarly) {
        var found = new ArrayList<DomainException>();
        var zone = request.centre().timeZone();
        if (!request.start().isBefore(request.end())) {
            found.add(request.start().equals(request.end()) ? new DomainException("BOOKING_ZERO_LENGTH")
                    : new DomainException("BOOKING_END_BEFORE_START", BookingTimes.at(request.start(), zone),
                    BookingTimes.at(request.end(), zone)));
            return found;
        }
        var now = clock.instant();
        if (request.start().isBefore(now)) {
            found.add(new DomainException("BOOKING_IN_PAST", BookingTimes.at(request.start(), zone)));
            return found;
        }
        var room = request.room();
        if (!room.active() || !room.bookable()) {
            found.add(new DomainException("BOOKING_ROOM_NOT_BOOKABLE", room.name()));
            return found;
        }
        if (request.expectedAttendance() > room.capacity()) {
            found.add(new DomainException("BOOKING_OVER_CAPACITY", request.expectedAttendance(), room.name(),
                    room.capacity()));
        }
        if (request.boundByRules()) {
            found.addAll(ruleProblems(request, now));
        }
        if (stopEarly && !found.isEmpty()) {
            return found;
        }
        hoursProblem(request).ifPresent(found::add);
        if (stopEarly && !found.isEmpty()) {
            return found;
        }
        conflict(request).ifPresent(found::add);
        return found;
    }

    /** The first booking holding the room that the request's blocked range overlaps, as a problem. */
    Optional<DomainException> conflict(Request request) {
        var slot = Slot.of(request.room(), request.start(), request.end());
        return bookings.overlapping(slot.roomId(), slot.blockedFrom(), slot.blockedUntil(), request.ignoredId(),
                HOLDING).stream().findFirst().map(b -> new DomainException("BOOKING_SLOT_TAKEN",
                BookingTimes.range(b.start(), b.end(), request.centre().timeZone())));
    }

    private List<DomainException> ruleProblems(Request request, Instant now) {
        var found = new ArrayList<DomainException>();
        var centreRules = rules.rulesOf(request.centre().id());
        var zone = request.centre().timeZone();
        var latest = now.plus(Duration.ofDays(centreRules.horizonDays()));
        if (request.start().isAfter(latest)) {
            found.add(new DomainException("RULE_HORIZON", centreRules.horizonDays(), BookingTimes.at(latest, zone)));
        }
        var earliest = now.plus(Duration.ofMinutes(centreRules.minNoticeMinutes()));
        if (request.start().isBefore(earliest)) {
            found.add(new DomainException("RULE_NOTICE",
                    BookingTimes.length(Duration.ofMinutes(centreRules.minNoticeMinutes())),
                    BookingTimes.at(earliest, zone)));
        }
        var length = Duration.between(request.start(), request.end());
        var longest = Duration.ofMinutes(centreRules.maxLengthMinutes());
        if (length.compareTo(longest) > 0) {
            found.add(new DomainException("RULE_MAX_LENGTH", BookingTimes.length(longest),
                    BookingTimes.length(length)));
        }
        if (centreRules.weeklyQuotaMinutes() != null) {
            quotaProblem(request, centreRules.weeklyQuotaMinutes(), length).ifPresent(found::add);
        }
        return found;
    }

    /** The quota counts what the organisation holds at this centre in the (Monday-first) week of the start. */
    private Optional<DomainException> quotaProblem(Request request, int quotaMinutes, Duration length) {
        var zone = request.centre().timeZone();
        var monday = request.start().atZone(zone).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        var from = monday.atStartOfDay(zone).toInstant();
        var to = monday.plusWeeks(1).atStartOfDay(zone).toInstant();
        long held = bookings.ofOrganisationAt(request.centre().id(), request.organisationId(), from, to,
                request.ignoredId(), HOLDING).stream().mapToLong(b -> b.length().toMinutes()).sum();
        if (held + length.toMinutes() <= quotaMinutes) {
            return Optional.empty();
        }
        var left = Duration.ofMinutes(Math.max(0, quotaMinutes - held));
        return Optional.of(new DomainException("RULE_WEEKLY_QUOTA", BookingTimes.length(Duration.ofMinutes(quotaMinutes)),
                monday.toString(), BookingTimes.length(Duration.ofMinutes(held)), BookingTimes.length(left)));
    }

    private Optional<DomainException> hoursProblem(Request request) {
        var room = request.room();
        if (hours.isOpen(room.id(), request.start(), request.end())) {
            return Optional.empty();
        }
        var zone = request.centre().timeZone();
        var first = request.start().atZone(zone).toLocalDate();
        var last = request.end().minusNanos(1).atZone(zone).toLocalDate();
        var days = hours.roomDays(room.id(), first, last);
        var closed = days.stream().filter(d -> d.kind() == DayHours.Kind.CLOSURE).findFirst();
        if (closed.isPresent()) {
            return Optional.of(new DomainException("BOOKING_ROOM_CLOSED", closed.get().date().toString(),
                    closed.get().reason()));
        }
        var open = days.getFirst().ranges().stream().map(r -> r.startText() + "–" + r.endText()).collect(Collectors.joining(", "));
        return Optional.of(open.isEmpty()
                ? new DomainException("BOOKING_CENTRE_SHUT", first.toString())
                : new DomainException("BOOKING_OUTSIDE_HOURS", BookingTimes.range(request.start(), request.end(), zone),
                        open));
    }
}
