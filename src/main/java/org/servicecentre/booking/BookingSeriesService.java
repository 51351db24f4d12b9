package org.servicecentre.booking;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.servicecentre.centre.CentreService;
import org.servicecentre.centre.CentreSummary;
import org.servicecentre.centre.RoomService;
import org.servicecentre.centre.RoomSummary;
import org.servicecentre.organisation.OrganisationService;
import org.servicecentre.security.CurrentUser;
import org.servicecentre.security.Role;
import org.servicecentre.shared.DomainException;
import org.servicecentre.shared.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.annotation.Validated;

/**
 * Recurring bookings (周期预约): previews every occurrence of a rule with the reason any of them cannot be booked,
 * creates the series skipping those or failing as a whole, and changes or cancels one occurrence, this and the
 * following ones, or all that have not started. Each occurrence is booked, changed and cancelled through
 * {@link BookingService}, so the checks, permissions and the no-overlap guarantee are those of single bookings.
 */
@Service
@Validated
public class BookingSeriesService {

    private final BookingSeriesRepository seriesRepository;
    private final Bookings bookings;
    private final BookingService bookingService;
    private final SeriesChecks seriesChecks;
    private final BookingAccess access;
    private final BookingQueries reader;
    private final RoomService rooms;
    private final CentreService centres;
    private final OrganisationService organisations;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final TransactionTemplate allOrNothing;
    private final TransactionTemplate reading;
    private final int maxOccurrences;

    BookingSeriesService(BookingSeriesRepository seriesRepository, Bookings bookings, BookingService bookingService,
                         SeriesChecks seriesChecks, BookingAccess access, BookingQueries reader, RoomService rooms,
                         CentreService centres, OrganisationService organisations, CurrentUser currentUser,
                         Clock clock, PlatformTransactionManager transactions,
                         @Value("${servicecentre.booking.max-occurrences:200}") int maxOccurrences) {
        this.seriesRepository = seriesRepository;
        this.bookings = bookings;
        this.bookingService = bookingService;
        this.seriesChecks = seriesChecks;
        this.access = access;
        this.reader = reader;
        this.rooms = rooms;
        this.centres = centres;
        this.organisations = organisations;
        this.currentUser = currentUser;
        this.clock = clock;
        this.allOrNothing = new TransactionTemplate(transactions);
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
        this.maxOccurrences = maxOccurrences;
    }

    /** The most occurrences one series may have ({@code servicecentre.booking.max-occurrences}). */
    public int maxOccurrences() {
        return maxOccurrences;
    }

    /**
     * Every occurrence the rule gives, each bookable or with the reason it is not. Writes nothing.
     *
     * @throws DomainException {@code RRULE_INVALID}, {@code RRULE_UNSUPPORTED}, {@code RRULE_UNBOUNDED},
     *         {@code RRULE_TOO_MANY}, {@code SERIES_EMPTY}, {@code SERIES_ZONE_INVALID}, or a reason the first
     *         occurrence's times are unusable ({@code BOOKING_ZERO_LENGTH}, {@code BOOKING_END_BEFORE_START})
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'CENTRE_MANAGER', 'NGO_STAFF')")
    public SeriesPreview preview(@Valid SeriesDraft draft) {
        return reading.execute(status -> plan(draft)).preview();
    }

    /**
     * Creates the series and books its occurrences. With {@link ConflictPolicy#FAIL} nothing is written when any
     * occurrence has a problem ({@code SERIES_HAS_CONFLICTS}, see {@link SeriesConflictsException}); with
     * {@link ConflictPolicy#SKIP} the others are booked, and an occurrence someone else took since the preview is
     * skipped and reported too. A series of which nothing can be booked is refused ({@code SERIES_NOTHING_BOOKABLE}).
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'CENTRE_MANAGER', 'NGO_STAFF')")
    public SeriesResult create(@Valid SeriesDraft draft, ConflictPolicy policy) {
        var plan = reading.execute(status -> plan(draft));
        var preview = plan.preview();
        if (policy == ConflictPolicy.FAIL && preview.problemCount() > 0) {
            throw new SeriesConflictsException(preview.problemCount(), preview.total());
        }
        if (preview.bookableCount() == 0) {
            throw new DomainException("SERIES_NOTHING_BOOKABLE", preview.total());
        }
        return policy == ConflictPolicy.FAIL
                ? allOrNothing.execute(status -> write(draft, plan, ConflictPolicy.FAIL))
                : write(draft, plan, ConflictPolicy.SKIP);
    }

    /** The series with its bookings; NGO staff see only their own organisation's series. */
    @PreAuthorize("isAuthenticated()")
    public SeriesSummary get(long seriesId) {
        return reading.execute(status -> {
            var series = findSeries(seriesId);
            var scope = currentUser.scope();
            var room = rooms.get(series.roomId());
            centres.get(room.centreId());
            if (scope.is(Role.NGO_STAFF) && !scope.belongsTo(series.organisationId())) {
                throw new AccessDeniedException("series " + seriesId + " belongs to another organisation");
            }
            return summary(series, room);
        });
    }

    /**
     * Cancels the occurrence, it and the following ones, or every occurrence not yet started, all or nothing: the
     * first that cannot be cancelled (e.g. past the cut-off) refuses the whole request with its reason.
     *
     * @return the cancelled bookings, in order
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'CENTRE_MANAGER', 'NGO_STAFF')")
    public List<BookingSummary> cancel(long bookingId, SeriesScope seriesScope, String reason) {
        return allOrNothing.execute(status -> affected(bookingId, seriesScope).stream()
                .map(b -> bookingService.cancelBooking(b.id(), reason)).toList())
                .stream().map(reader::summary).toList();
    }

    /**
     * Moves each affected occurrence to the new wall-clock times on its own date and gives it the new purpose and
     * attendance, all or nothing: the first occurrence that cannot move refuses the whole change with its reason
     * (a conflict, a closure, outside hours, a rule), which names the date.
     *
     * @return the changed bookings, in order
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'CENTRE_MANAGER', 'NGO_STAFF')")
    public List<BookingSummary> change(long bookingId, SeriesScope seriesScope, LocalTime newStart, LocalTime newEnd,
                                       String purpose, int expectedAttendance) {
        Objects.requireNonNull(newStart, "newStart");
        Objects.requireNonNull(newEnd, "newEnd");
        if (!newStart.isBefore(newEnd)) {
            throw newStart.equals(newEnd) ? new DomainException("BOOKING_ZERO_LENGTH")
                    : new DomainException("SERIES_TIMES_REVERSED", newStart.toString(), newEnd.toString());
        }
        return allOrNothing.execute(status -> {
            var targets = affected(bookingId, seriesScope);
            var changed = new ArrayList<Booking>();
            for (var target : targets) {
                var zone = zoneOf(target);
                var date = target.start().atZone(zone).toLocalDate();
                var draft = new BookingDraft(target.roomId(), date.atTime(newStart).atZone(zone).toInstant(),
                        date.atTime(newEnd).atZone(zone).toInstant(), purpose, target.organisationId(),
                        expectedAttendance, target.programmeId());
                changed.add(bookingService.changeBooking(target.id(), draft));
            }
            if (seriesScope == SeriesScope.ALL && !targets.isEmpty() && targets.getFirst().seriesId() != null) {
                seriesRepository.findById(targets.getFirst().seriesId()).ifPresent(series -> series.reschedule(
                        newStart, newEnd, purpose == null ? series.purpose() : purpose.strip(), expectedAttendance));
            }
            return changed;
        }).stream().map(reader::summary).toList();
    }

    /** What a draft would give: checked for who may book where, expanded, and every occurrence checked. */
    private Plan plan(SeriesDraft draft) {
        var scope = currentUser.scope();
        long organisationId = access.organisationFor(scope, draft.getOrganisationId());
        var room = rooms.get(draft.getRoomId());
        var centre = centres.get(room.centreId());
        access.checkMayBook(scope, room, centre, organisationId);
        var zone = draft.getZone() == null ? centre.timeZone() : draft.getZone();
        var rule = RecurrenceRule.parse(draft.getRrule());
        var firstStart = draft.getFirstStart().atZone(zone).toLocalDateTime();
        var firstEnd = draft.getFirstEnd().atZone(zone).toLocalDateTime();
        if (!firstStart.isBefore(firstEnd)) {
            throw firstStart.equals(firstEnd) ? new DomainException("BOOKING_ZERO_LENGTH")
                    : new DomainException("BOOKING_END_BEFORE_START", BookingTimes.at(draft.getFirstStart(), zone),
                    BookingTimes.at(draft.getFirstEnd(), zone));
        }
        var length = Duration.between(firstStart, firstEnd);
        var starts = Recurrences.expand(rule, firstStart, zone, maxOccurrences);
        if (starts.isEmpty()) {
            throw new DomainException("SERIES_EMPTY");
        }
        // the end keeps its wall-clock time too, across a change of the zone's offset
        var slots = starts.stream().map(s -> new TimeSlot(s.toInstant(),
                s.toLocalDateTime().plus(length).atZone(zone).toInstant())).toList();
        var occurrences = seriesChecks.check(room, centre, organisationId, draft.getExpectedAttendance(),
                access.boundByRules(scope), slots);
        return new Plan(room, organisationId, zone, rule, starts.getFirst().toLocalDateTime(), length,
                new SeriesPreview(room.id(), room.name(), centre.id(), zone, rule, occurrences));
    }

    private record Plan(RoomSummary room, long organisationId, ZoneId zone, RecurrenceRule rule,
                        LocalDateTime firstStart, Duration length, SeriesPreview preview) {
    }

    private SeriesResult write(SeriesDraft draft, Plan plan, ConflictPolicy policy) {
        var scope = currentUser.scope();
        var series = seriesRepository.saveAndFlush(new BookingSeries(plan.room().id(), plan.organisationId(),
                plan.rule(), plan.zone(), plan.firstStart(), plan.length(), draft.getPurpose(),
                draft.getExpectedAttendance(), scope.displayName(), clock.instant()));
        var created = new ArrayList<Booking>();
        var skipped = new ArrayList<OccurrencePreview>();
        for (var occurrence : plan.preview().occurrences()) {
            if (!occurrence.ok()) {
                skipped.add(occurrence);
                continue;
            }
            try {
                created.add(bookingService.book(draft.occurrence(plan.organisationId(), occurrence.start(),
                        occurrence.end()), series.id()));
            } catch (DomainException taken) {
                if (policy == ConflictPolicy.FAIL) {
                    throw taken;
                }
                // taken by someone else since the preview, or over a quota the earlier occurrences filled
                skipped.add(OccurrencePreview.refused(occurrence.start(), occurrence.end(), taken));
            }
        }
        if (created.isEmpty()) {
            seriesRepository.delete(series);
            throw new DomainException("SERIES_NOTHING_BOOKABLE", plan.preview().total());
        }
        skipped.sort(Comparator.comparing(OccurrencePreview::start));
        var summary = reading.execute(status -> summary(findSeries(series.id()), plan.room()));
        return new SeriesResult(summary, created.stream().map(reader::summary).toList(), skipped);
    }

    /** The bookings a scoped operation on {@code bookingId} applies to, in order, after the caller's access check. */
    private List<Booking> affected(long bookingId, SeriesScope seriesScope) {
        var booking = bookings.findById(bookingId).orElseThrow(() -> new NotFoundException("booking", bookingId));
        var scope = currentUser.scope();
        if (seriesScope == SeriesScope.ONE) {
            access.checkMayChange(scope, booking);
            return List.of(booking);
        }
        // the series may be reached from any of its occurrences, a cancelled one too
        if (!access.keepsCentre(scope, booking.centreId()) && !access.isOwn(scope, booking)) {
            throw new AccessDeniedException("booking " + bookingId + " belongs to another organisation");
        }
        if (booking.seriesId() == null) {
            throw new DomainException("BOOKING_NOT_IN_SERIES");
        }
        var now = clock.instant();
        var found = bookings.findBySeriesIdOrderByStart(booking.seriesId()).stream()
                .filter(b -> b.status().holdsRoom())
                .filter(b -> seriesScope == SeriesScope.ALL ? b.start().isAfter(now)
                        : b.id().equals(booking.id()) || !b.start().isBefore(booking.start()))
                .toList();
        if (found.isEmpty()) {
            throw new DomainException("SERIES_NOTHING_LEFT");
        }
        return found;
    }

    private ZoneId zoneOf(Booking booking) {
        if (booking.seriesId() != null) {
            var series = seriesRepository.findById(booking.seriesId());
            if (series.isPresent()) {
                return series.get().zone();
            }
        }
        return centres.get(booking.centreId()).timeZone();
    }

    private BookingSeries findSeries(long id) {
        return seriesRepository.findById(id).orElseThrow(() -> new NotFoundException("booking_series", id));
    }

    private SeriesSummary summary(BookingSeries series, RoomSummary room) {
        CentreSummary centre = centres.get(room.centreId());
        var organisationName = organisations.names(List.of(series.organisationId()))
                .getOrDefault(series.organisationId(), "#" + series.organisationId());
        var occurrences = bookings.findBySeriesIdOrderByStart(series.id()).stream().map(reader::summary).toList();
        return new SeriesSummary(series.id(), room.id(), room.name(), centre.id(), centre.name(),
                series.organisationId(), organisationName, series.rule(), series.zone(), series.firstStart(),
                series.length(), series.purpose(), series.expectedAttendance(), series.createdBy(),
                series.createdAt(), occurrences);
    }
}
