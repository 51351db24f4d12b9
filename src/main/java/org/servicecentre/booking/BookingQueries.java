package org.servicecentre.booking;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.servicecentre.centre.CentreService;
import org.servicecentre.centre.CentreSummary;
import org.servicecentre.centre.RoomService;
import org.servicecentre.centre.RoomSummary;
import org.servicecentre.organisation.OrganisationService;
import org.servicecentre.security.CurrentUser;
import org.servicecentre.security.Role;
import org.servicecentre.security.Scope;
import org.servicecentre.shared.DomainException;
import org.servicecentre.shared.NotFoundException;
import org.servicecentre.shared.OffsetLimit;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads bookings within the caller's scope: lists (NGO staff their organisation's, managers their centres',
 * officers their region's, admins all), the approval inbox, and calendars, where other organisations' bookings
 * show to NGO staff only as busy.
 */
@Service
@Transactional(readOnly = true)
public class BookingQueries {

    /** The longest calendar span answered at once. */
    public static final Duration MAX_CALENDAR_SPAN = Duration.ofDays(45);
    private static final Set<BookingStatus> ON_CALENDAR = EnumSet.of(BookingStatus.REQUESTED, BookingStatus.CONFIRMED,
            BookingStatus.COMPLETED, BookingStatus.RELEASED);

    private final Bookings bookings;
    private final BookingAccess access;
    private final BookingRulesService rules;
    private final RoomService rooms;
    private final CentreService centres;
    private final OrganisationService organisations;
    private final CurrentUser currentUser;
    private final java.time.Clock clock;

    BookingQueries(Bookings bookings, BookingAccess access, BookingRulesService rules, RoomService rooms,
                   CentreService centres, OrganisationService organisations, CurrentUser currentUser,
                   java.time.Clock clock) {
        this.bookings = bookings;
        this.access = access;
        this.rules = rules;
        this.rooms = rooms;
        this.centres = centres;
        this.organisations = organisations;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @PreAuthorize("isAuthenticated()")
    public BookingSummary get(long id) {
        var booking = bookings.findById(id).orElseThrow(() -> new NotFoundException("booking", id));
        var scope = currentUser.scope();
        centres.get(booking.centreId());
        if (!access.seesDetails(scope, booking)) {
            throw new AccessDeniedException("booking " + id + " belongs to another organisation");
        }
        return new Labels(scope).summary(booking);
    }

    @PreAuthorize("isAuthenticated()")
    public List<BookingSummary> list(BookingFilter filter, int offset, int limit) {
        var scope = currentUser.scope();
        var reach = reach(scope, filter);
        var page = OffsetLimit.of(Math.max(offset, 0), Math.max(limit, 1));
        var labels = new Labels(scope);
        return bookings.search(reach.allCentres(), reach.centreIds(), reach.organisationId(), filter.centreId(),
                filter.roomId(), filter.statuses(), filter.from(), filter.to(), filter.text(), page).stream()
                .map(labels::summary).toList();
    }

    @PreAuthorize("isAuthenticated()")
    public long count(BookingFilter filter) {
        var scope = currentUser.scope();
        var reach = reach(scope, filter);
        return bookings.countMatching(reach.allCentres(), reach.centreIds(), reach.organisationId(), filter.centreId(),
                filter.roomId(), filter.statuses(), filter.from(), filter.to(), filter.text());
    }

    /** Requests waiting for a decision in the centres the caller keeps, the soonest first. */
    @PreAuthorize("hasAnyRole('ADMIN', 'CENTRE_MANAGER')")
    public List<BookingSummary> inbox(Long centreId, int offset, int limit) {
        return list(inboxFilter(centreId), offset, limit);
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'CENTRE_MANAGER')")
    public long inboxCount(Long centreId) {
        return count(inboxFilter(centreId));
    }

    /** The bookings of a centre's rooms that meet [from, to), at most {@link #MAX_CALENDAR_SPAN}. */
    @PreAuthorize("isAuthenticated()")
    public List<CalendarEntry> calendarOfCentre(long centreId, Instant from, Instant to) {
        checkSpan(from, to);
        centres.get(centreId);
        return entries(bookings.ofCentre(centreId, from, to, ON_CALENDAR));
    }

    @PreAuthorize("isAuthenticated()")
    public List<CalendarEntry> calendarOfRoom(long roomId, Instant from, Instant to) {
        checkSpan(from, to);
        rooms.get(roomId);
        return entries(bookings.ofRoom(roomId, from, to, ON_CALENDAR));
    }

    /** The summary of a booking the caller has just written. */
    BookingSummary summary(Booking booking) {
        return new Labels(currentUser.scope()).summary(booking);
    }

    /** The summary of a booking just written, whose room and centre the caller has at hand. */
    BookingSummary summary(Booking booking, RoomSummary room, CentreSummary centre) {
        var labels = new Labels(currentUser.scope());
        labels.roomCache.put(room.id(), room);
        labels.centreCache.put(centre.id(), centre);
        return labels.summary(booking);
    }

    BookingRules rulesOf(long centreId) {
        return rules.rulesOf(centreId);
    }

    private List<CalendarEntry> entries(List<Booking> found) {
        var scope = currentUser.scope();
        var names = organisations.names(found.stream().filter(b -> access.seesDetails(scope, b))
                .map(Booking::organisationId).distinct().toList());
        return found.stream().map(b -> {
            boolean details = access.seesDetails(scope, b);
            return new CalendarEntry(b.id(), b.roomId(), b.start(), b.end(), b.blockedFrom(), b.blockedUntil(),
                    b.status(), details, details ? b.purpose() : null,
                    details ? names.get(b.organisationId()) : null, access.isOwn(scope, b), b.seriesId());
        }).toList();
    }

    private BookingFilter inboxFilter(Long centreId) {
        return new BookingFilter(centreId, null, null, EnumSet.of(BookingStatus.REQUESTED), null, null, "");
    }

    private record Reach(boolean allCentres, Collection<Long> centreIds, Long organisationId) {
    }

    private Reach reach(Scope scope, BookingFilter filter) {
        if (scope.is(Role.NGO_STAFF)) {
            return new Reach(true, Set.of(-1L), scope.organisationId());
        }
        var organisation = filter.organisationId();
        if (scope.is(Role.CENTRE_MANAGER) || scope.is(Role.KIOSK)) {
            return new Reach(false, scope.centreIds().isEmpty() ? Set.of(-1L) : scope.centreIds(), organisation);
        }
        var visible = centres.visibleCentreIds();
        return visible.map(ids -> new Reach(false, ids.isEmpty() ? Set.of(-1L) : ids, organisation))
                .orElseGet(() -> new Reach(true, Set.of(-1L), organisation));
    }

    private static void checkSpan(Instant from, Instant to) {
        if (!from.isBefore(to) || Duration.between(from, to).compareTo(MAX_CALENDAR_SPAN) > 0) {
            throw new DomainException("CALENDAR_SPAN", MAX_CALENDAR_SPAN.toDays());
        }
    }

    /** Room, centre and organisation names for one list, each looked up once. */
    private final class Labels {

        private final Scope scope;
        private final Map<Long, RoomSummary> roomCache = new HashMap<>();
        private final Map<Long, CentreSummary> centreCache = new HashMap<>();
        private final Map<Long, String> organisationNames = new HashMap<>();
        private final Instant now = clock.instant();

        Labels(Scope scope) {
            this.scope = scope;
        }

        BookingSummary summary(Booking b) {
            var room = roomCache.computeIfAbsent(b.roomId(), rooms::get);
            var centre = centreCache.computeIfAbsent(b.centreId(), centres::get);
            var organisation = organisationNames.computeIfAbsent(b.organisationId(),
                    id -> organisations.names(List.of(id)).getOrDefault(id, "#" + id));
            return new BookingSummary(b.id(), b.roomId(), room.name(), b.centreId(), centre.name(), centre.timeZone(),
                    b.organisationId(), organisation, b.seriesId(), b.start(), b.end(), b.purpose(),
                    b.expectedAttendance(), b.programmeId(), b.status(), b.requestedBy(), b.decisionNote(),
                    b.decidedBy(), b.createdAt(), access.isOwn(scope, b), access.mayChange(scope, b),
                    access.mayChange(scope, b), access.mayDecide(scope, b), b.started(), mayConfirmStart(b));
        }

        private boolean mayConfirmStart(Booking b) {
            return BookingStartRules.mayConfirm(org.servicecentre.security.StaffMember.of(scope), b, now);
        }
    }
}
