package org.servicecentre.booking;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import org.servicecentre.centre.CentreService;
import org.servicecentre.centre.RoomService;
import org.servicecentre.organisation.OrganisationService;
import org.servicecentre.security.CurrentUser;
import org.servicecentre.security.StaffMember;
import org.servicecentre.shared.NotFoundException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Staff confirm that a booking has started (开始确认): at the centre's kiosk with their staff code, or in the app from
 * the booking. Allowed for a confirmed booking from half an hour before its start until its end, to NGO staff of its
 * organisation, managers of its centre and admins. The first confirmation stays (a second is answered with it) and
 * publishes {@link BookingStartConfirmed}, which keeps the booking from being released as a no-show.
 */
@Service
public class BookingStarts {

    /** How long before its start a booking's start may be confirmed. */
    public static final Duration EARLIEST_BEFORE_START = BookingStartRules.EARLIEST;

    private final Bookings bookings;
    private final BookingStartWriter writer;
    private final BookingQueries queries;
    private final RoomService rooms;
    private final CentreService centres;
    private final OrganisationService organisations;
    private final CurrentUser currentUser;
    private final Clock clock;

    BookingStarts(Bookings bookings, BookingStartWriter writer, BookingQueries queries, RoomService rooms,
                  CentreService centres, OrganisationService organisations, CurrentUser currentUser, Clock clock) {
        this.bookings = bookings;
        this.writer = writer;
        this.queries = queries;
        this.rooms = rooms;
        this.centres = centres;
        this.organisations = organisations;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * The bookings at the kiosk's centre whose start this staff member may confirm at {@code at} (confirmed, theirs,
     * on now or starting within half an hour; those confirmed already included), and their next one later that day.
     */
    @PreAuthorize("hasRole('KIOSK')")
    public StartCandidates startable(StaffMember staff, long centreId, Instant at) {
        checkKioskCentre(centreId);
        var zone = zoneOf(centreId);
        var endOfDay = at.atZone(zone).toLocalDate().plusDays(1).atStartOfDay(zone).toInstant();
        // at 23:50 a booking starting at 00:10 may be confirmed already: the window reaches past midnight
        var windowEnd = at.plus(BookingStartRules.EARLIEST).plusSeconds(1);
        var until = windowEnd.isAfter(endOfDay) ? windowEnd : endOfDay;
        var theirs = bookings.ofCentre(centreId, at, until, EnumSet.of(BookingStatus.CONFIRMED)).stream()
                .filter(b -> BookingStartRules.entitled(staff, b)).toList();
        var now = theirs.stream().filter(b -> BookingStartRules.inWindow(b, at)).toList();
        var later = theirs.stream().filter(b -> BookingStartRules.opensAt(b).isAfter(at))
                .filter(b -> b.start().isBefore(endOfDay)).min(Comparator.comparing(Booking::start));
        var labelled = new Labels(zone);
        return new StartCandidates(now.stream().map(labelled::of).toList(), later.map(labelled::of).orElse(null));
    }

    /**
     * Confirms at the kiosk of {@code centreId} that a booking has started, for the staff member whose code was
     * scanned at {@code at}. Refusals are domain exceptions: BOOKING_START_OTHER_CENTRE, _NOT_ENTITLED,
     * _NOT_CONFIRMED, _TOO_EARLY (with the time from which it may), _OVER.
     */
    @PreAuthorize("hasRole('KIOSK')")
    public StartConfirmation confirm(long bookingId, StaffMember staff, long centreId, Instant at) {
        checkKioskCentre(centreId);
        var zone = zoneOf(centreId);
        var written = write(bookingId, staff, centreId, at, BookingStartMethod.KIOSK_STAFF_CODE, zone);
        return new StartConfirmation(new Labels(zone).of(written.booking()), written.first());
    }

    /** Confirms from the booking in the app, now, as the signed-in staff member; same rules as at the kiosk. */
    @PreAuthorize("hasAnyRole('ADMIN', 'CENTRE_MANAGER', 'NGO_STAFF')")
    public BookingSummary confirmInApp(long bookingId) {
        var staff = StaffMember.of(currentUser.scope());
        var booking = bookings.findById(bookingId).orElseThrow(() -> new NotFoundException("booking", bookingId));
        var written = write(bookingId, staff, booking.centreId(), clock.instant(), BookingStartMethod.STAFF,
                zoneOf(booking.centreId()));
        return queries.summary(written.booking());
    }

    private BookingStartWriter.Written write(long bookingId, StaffMember staff, long centreId, Instant at,
                                             BookingStartMethod method, ZoneId zone) {
        try {
            return writer.confirm(bookingId, staff, centreId, at, method, zone);
        } catch (OptimisticLockingFailureException changedMeanwhile) {
            // another confirmation (or a cancellation) won the race: the second try answers from what it wrote
            return writer.confirm(bookingId, staff, centreId, at, method, zone);
        }
    }

    /** A kiosk answers for its own centre only. */
    private void checkKioskCentre(long centreId) {
        if (!currentUser.scope().centreIds().contains(centreId)) {
            throw new AccessDeniedException("centre " + centreId + " is not the kiosk's");
        }
    }

    private ZoneId zoneOf(long centreId) {
        var place = centres.places(List.of(centreId)).get(centreId);
        if (place == null) {
            throw new NotFoundException("centre", centreId);
        }
        return place.zone();
    }

    /** Room and organisation names for the bookings of one answer. */
    private final class Labels {

        private final ZoneId zone;

        Labels(ZoneId zone) {
            this.zone = zone;
        }

        StartableBooking of(Booking b) {
            var room = rooms.places(List.of(b.roomId())).get(b.roomId());
            var organisation = organisations.names(List.of(b.organisationId())).getOrDefault(b.organisationId(),
                    "#" + b.organisationId());
            return new StartableBooking(b.id(), b.roomId(), room == null ? "#" + b.roomId() : room.roomName(),
                    b.centreId(), b.organisationId(), organisation, b.purpose(), b.start(), b.end(), zone,
                    b.started());
        }
    }
}
