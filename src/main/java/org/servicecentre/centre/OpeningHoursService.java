package org.servicecentre.centre;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.servicecentre.shared.DomainException;
import org.servicecentre.shared.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Opening hours and closures of centres and their rooms: a weekly template, dated exceptions, and closures of the
 * whole centre or one room. Anyone who may see a centre reads them; admins and the centre's managers change them.
 * <p>
 * {@link #isOpen} and {@link #openIntervals} answer for hours and closures only: whether a room is bookable,
 * archived or already taken is the booking engine's concern.
 */
@Service
@Validated
@Transactional
public class OpeningHoursService {

    /** The longest span {@link #openIntervals} answers for, in days. */
    public static final int MAX_SPAN_DAYS = 366;

    private final CentreService centres;
    private final Rooms rooms;
    private final WeeklyRanges weeklyRanges;
    private final HoursExceptions exceptions;
    private final Closures closures;
    private final Clock clock;
    private final OpenRooms openRooms;
    private final org.springframework.context.ApplicationEventPublisher events;

    OpeningHoursService(CentreService centres, Rooms rooms, WeeklyRanges weeklyRanges, HoursExceptions exceptions,
                        Closures closures, Clock clock, OpenRooms openRooms,
                        org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.openRooms = openRooms;
        this.centres = centres;
        this.rooms = rooms;
        this.weeklyRanges = weeklyRanges;
        this.exceptions = exceptions;
        this.closures = closures;
        this.clock = clock;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public WeeklyHours weeklyHours(long centreId) {
        centres.get(centreId);
        return week(centreId);
    }

    /** Replaces the usual week of the centre; ranges of one day must not overlap. */
    @PreAuthorize("hasAnyRole('ADMIN', 'CENTRE_MANAGER')")
    public WeeklyHours replaceWeeklyHours(long centreId, WeeklyHours hours) {
        checkEditable(centreId);
        DayOfWeek overlapping = hours.firstOverlappingDay();
        if (overlapping != null) {
            throw new DomainException("HOURS_OVERLAP", overlapping.getValue());
        }
        weeklyRanges.deleteByCentre(centreId);
        hours.days().forEach((day, ranges) -> ranges.forEach(r -> weeklyRanges.save(new WeeklyRange(centreId, day, r))));
        events.publishEvent(new OpeningHoursChanged(centreId, null, null, null));
        return week(centreId);
    }

    /** The days from {@code from} to {@code to} as the whole centre keeps them (room closures aside). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<DayHours> days(long centreId, LocalDate from, LocalDate to) {
        var centre = centres.get(centreId);
        checkSpan(from, to);
        var calculator = calculator(centre, null, from, to);
        return from.datesUntil(to.plusDays(1)).map(calculator::day).toList();
    }

    /** Today in the centre's zone. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public DayHours today(long centreId) {
        var centre = centres.get(centreId);
        var today = today(centre);
        return calculator(centre, null, today, today).day(today);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<HoursExceptionSummary> exceptions(long centreId, boolean past) {
        var centre = centres.get(centreId);
        var today = today(centre);
        return (past ? exceptions.past(centreId, today) : exceptions.upcoming(centreId, today)).stream()
                .map(HoursException::summary).toList();
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'CENTRE_MANAGER')")
    public HoursExceptionSummary addException(long centreId, @Valid HoursExceptionDraft draft) {
        checkEditable(centreId);
        if (TimeRange.anyOverlap(draft.getRanges())) {
            throw new DomainException("HOURS_EXCEPTION_OVERLAP", draft.getDate());
        }
        if (exceptions.findByCentreIdAndDate(centreId, draft.getDate()).isPresent()) {
            throw new DomainException("DUPLICATE_HOURS_EXCEPTION", draft.getDate());
        }
        var saved = exceptions.saveAndFlush(new HoursException(centreId, draft.getDate(), draft.getRanges(),
                draft.getReason())).summary();
        events.publishEvent(new OpeningHoursChanged(centreId, null, draft.getDate(), draft.getDate()));
        return saved;
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'CENTRE_MANAGER')")
    public void removeException(long centreId, long exceptionId) {
        checkEditable(centreId);
        var exception = exceptions.findById(exceptionId).filter(e -> e.centreId() == centreId)
                .orElseThrow(() -> new NotFoundException("hours exception", exceptionId));
        exceptions.delete(exception);
        var day = exception.summary().date();
        events.publishEvent(new OpeningHoursChanged(centreId, null, day, day));
    }

    /** Closures still running or to come (the next first), or the past ones (the latest first). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ClosureSummary> closures(long centreId, boolean past) {
        var centre = centres.get(centreId);
        var today = today(centre);
        return summaries(past ? closures.past(centreId, today) : closures.upcoming(centreId, today));
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'CENTRE_MANAGER')")
    public ClosureSummary addClosure(long centreId, @Valid ClosureDraft draft) {
        checkEditable(centreId);
        if (draft.getLastDay().isBefore(draft.getFirstDay())) {
            throw new DomainException("CLOSURE_DAYS_REVERSED");
        }
        if (draft.getRoomId() != null) {
            var room = rooms.findById(draft.getRoomId());
            if (room.isEmpty() || room.get().centreId() != centreId) {
                throw new DomainException("CLOSURE_ROOM_NOT_IN_CENTRE", draft.getRoomId());
            }
        }
        var saved = closures.saveAndFlush(new Closure(centreId, draft.getRoomId(), draft.getFirstDay(),
                draft.getLastDay(), draft.getReason()));
        events.publishEvent(new OpeningHoursChanged(centreId, draft.getRoomId(), draft.getFirstDay(), draft.getLastDay()));
        return summaries(List.of(saved)).getFirst();
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'CENTRE_MANAGER')")
    public void removeClosure(long centreId, long closureId) {
        checkEditable(centreId);
        var closure = closures.findById(closureId).filter(c -> c.centreId() == centreId)
                .orElseThrow(() -> new NotFoundException("closure", closureId));
        closures.delete(closure);
        var shown = summaries(List.of(closure)).getFirst();
        events.publishEvent(new OpeningHoursChanged(centreId, closure.roomId(), shown.firstDay(), shown.lastDay()));
    }

    /** The rooms of the centre a closure may name, by code. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ClosureRoom> rooms(long centreId) {
        centres.get(centreId);
        return rooms.findByCentreIdOrderByCode(centreId).stream()
                .map(r -> new ClosureRoom(r.id(), r.code(), r.name())).toList();
    }

    /**
     * Whether [start, end) lies wholly within the open time of the room: the centre's hours on those dates
     * (exception or usual week) minus closures of the centre and of the room. Says nothing on bookings or
     * whether the room is bookable.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean isOpen(long roomId, Instant start, Instant end) {
        var centre = centres.get(centreOf(roomId));
        if (!start.isBefore(end)) {
            return false;
        }
        var from = start.atZone(centre.timeZone()).toLocalDate().minusDays(1);
        var to = end.atZone(centre.timeZone()).toLocalDate();
        checkSpan(from, to);
        return calculator(centre, roomId, from, to).isOpen(start, end);
    }

    /**
     * The open intervals of the room on the dates from {@code from} to {@code to} (inclusive, in the centre's
     * zone), merged, as instants. Hours and closures only; see {@link #isOpen}.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<OpenInterval> openIntervals(long roomId, LocalDate from, LocalDate to) {
        var centre = centres.get(centreOf(roomId));
        checkSpan(from, to);
        return calculator(centre, roomId, from, to).intervals(from, to);
    }

    /**
     * Of these rooms, the ones open for the whole of [start, end) (see {@link #isOpen}); one set of hours queries per
     * centre rather than per room, for the free-room search. Rooms of centres the caller may not see are left out.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public java.util.Set<Long> openRooms(java.util.Collection<Long> roomIds, Instant start, Instant end) {
        return openRooms.of(roomIds, start, end);
    }

    /**
     * The room's days from {@code from} to {@code to} (inclusive, in the centre's zone): regular, special or closed
     * (the centre's closures and the room's own), each with its ranges and reason.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<DayHours> roomDays(long roomId, LocalDate from, LocalDate to) {
        var centre = centres.get(centreOf(roomId));
        checkSpan(from, to);
        var calculator = calculator(centre, roomId, from, to);
        var days = new ArrayList<DayHours>();
        for (var date = from; !date.isAfter(to); date = date.plusDays(1)) {
            days.add(calculator.day(date));
        }
        return days;
    }

    /** The time zone of the room's centre, in which its dates are read. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public java.time.ZoneId zoneOfRoom(long roomId) {
        return centres.get(centreOf(roomId)).timeZone();
    }

    private long centreOf(long roomId) {
        return rooms.findById(roomId).orElseThrow(() -> new NotFoundException("room", roomId)).centreId();
    }

    private HoursCalculator calculator(CentreSummary centre, Long roomId, LocalDate from, LocalDate to) {
        var found = exceptions.between(centre.id(), from, to).stream().map(HoursException::summary).toList();
        var closed = closures.touching(centre.id(), roomId, from, to).stream().map(c -> c.summary(null)).toList();
        return new HoursCalculator(centre.timeZone(), week(centre.id()), found, closed);
    }

    private WeeklyHours week(long centreId) {
        return week(weeklyRanges.findByCentreId(centreId));
    }

    static WeeklyHours week(List<WeeklyRange> ranges) {
        Map<DayOfWeek, List<TimeRange>> days = new EnumMap<>(DayOfWeek.class);
        ranges.forEach(r -> days.computeIfAbsent(r.day(), d -> new ArrayList<>()).add(r.range()));
        return new WeeklyHours(days);
    }

    private List<ClosureSummary> summaries(List<Closure> found) {
        var names = found.stream().anyMatch(c -> c.roomId() != null)
                ? rooms.findAllById(found.stream().map(Closure::roomId).filter(id -> id != null).toList()).stream()
                        .collect(Collectors.toMap(Room::id, Room::name))
                : Map.<Long, String>of();
        return found.stream().map(c -> c.summary(c.roomId() == null ? null : names.get(c.roomId()))).toList();
    }

    private LocalDate today(CentreSummary centre) {
        return LocalDate.now(clock.withZone(centre.timeZone()));
    }

    private void checkEditable(long centreId) {
        centres.get(centreId);
        if (!centres.mayEdit(centreId)) {
            throw new AccessDeniedException("centre " + centreId + " is not managed by the caller");
        }
    }

    static void checkSpan(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new DomainException("HOURS_DATES_REVERSED", from, to);
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_SPAN_DAYS) {
            throw new DomainException("HOURS_SPAN_TOO_LONG", MAX_SPAN_DAYS);
        }
    }
}
