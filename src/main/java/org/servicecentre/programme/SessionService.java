package org.servicecentre.programme;

import jakarta.validation.Valid;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.servicecentre.booking.BookingDraft;
import org.servicecentre.booking.BookingLinks;
import org.servicecentre.booking.BookingQueries;
import org.servicecentre.booking.BookingSeriesService;
import org.servicecentre.booking.BookingService;
import org.servicecentre.booking.BookingSummary;
import org.servicecentre.booking.ConflictPolicy;
import org.servicecentre.booking.SeriesDraft;
import org.servicecentre.booking.SeriesResult;
import org.servicecentre.security.CurrentUser;
import org.servicecentre.shared.DomainException;
import org.servicecentre.shared.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Sessions of a programme: booked together with their room (one-off or every occurrence of a series), held in a
 * booking the organisation already has, or at an outside location; and cancelled, which tells the registrants.
 * Booking a room is the booking module's business: its checks and refusals reach the caller unchanged.
 */
@Service
@Validated
public class SessionService {

    private final ProgrammeService programmes;
    private final ProgrammeSessions sessions;
    private final ProgrammeAccess access;
    private final SessionSummaries summaries;
    private final SessionWriter writer;
    private final BookingService bookings;
    private final BookingSeriesService series;
    private final BookingLinks links;
    private final BookingQueries bookingQueries;
    private final CurrentUser currentUser;
    private final Clock clock;

    SessionService(ProgrammeService programmes, ProgrammeSessions sessions, ProgrammeAccess access,
                   SessionSummaries summaries, SessionWriter writer, BookingService bookings,
                   BookingSeriesService series, BookingLinks links, BookingQueries bookingQueries,
                   CurrentUser currentUser, Clock clock) {
        this.programmes = programmes;
        this.sessions = sessions;
        this.access = access;
        this.summaries = summaries;
        this.writer = writer;
        this.bookings = bookings;
        this.series = series;
        this.links = links;
        this.bookingQueries = bookingQueries;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Every session of a programme, earliest first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<SessionSummary> list(long programmeId) {
        var programme = programmes.find(programmeId);
        access.checkMayRead(currentUser.scope(), programme);
        return summaries.of(programme, sessions.findByProgrammeIdOrderByStartAscIdAsc(programmeId));
    }

    /**
     * Scheduled sessions of an organisation's programmes overlapping [from, to), earliest first, with their counts (for
     * the organisation's weekly digest): admins, and the organisation's own staff.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'NGO_STAFF')")
    @Transactional(readOnly = true)
    public List<SessionSummary> ofOrganisation(long organisationId, java.time.Instant from, java.time.Instant to) {
        var scope = currentUser.scope();
        if (!scope.isAdmin() && !scope.belongsTo(organisationId)) {
            throw new org.springframework.security.access.AccessDeniedException(
                    "organisation " + organisationId + " is not the caller's");
        }
        var found = sessions.ofOrganisation(organisationId, from, to);
        var byProgramme = found.stream().collect(java.util.stream.Collectors.groupingBy(ProgrammeSession::programmeId,
                java.util.LinkedHashMap::new, java.util.stream.Collectors.toList()));
        return byProgramme.entrySet().stream()
                .flatMap(e -> summaries.of(programmes.find(e.getKey()), e.getValue()).stream())
                .sorted(java.util.Comparator.comparing(SessionSummary::start).thenComparing(SessionSummary::id))
                .toList();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public SessionSummary get(long sessionId) {
        var session = find(sessionId);
        var programme = programmes.find(session.programmeId());
        access.checkMayRead(currentUser.scope(), programme);
        return summaries.of(programme, List.of(session)).getFirst();
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'NGO_STAFF')")
    public SessionSummary addOutside(long programmeId, @Valid OutsideSessionDraft draft) {
        var programme = editable(programmeId);
        if (!draft.end().isAfter(draft.start())) {
            throw new DomainException("SESSION_END_BEFORE_START");
        }
        if (!draft.end().isAfter(clock.instant())) {
            throw new DomainException("SESSION_IN_PAST");
        }
        var saved = writer.save(ProgrammeSession.outside(programmeId, draft.location(), draft.start(), draft.end()));
        return summaries.of(programme, List.of(saved)).getFirst();
    }

    /** Books the room for the programme's organisation and holds the session in that booking. */
    @PreAuthorize("hasAnyRole('ADMIN', 'NGO_STAFF')")
    public SessionSummary addInRoom(long programmeId, @Valid RoomSessionDraft draft) {
        var programme = editable(programmeId);
        var booking = bookings.create(new BookingDraft(draft.roomId(), draft.start(), draft.end(),
                purposeOf(programme), programme.organisationId(), draft.expectedAttendance(), programmeId));
        return summaries.of(programme, List.of(holdIn(programme, booking))).getFirst();
    }

    /**
     * Books every occurrence of a series (skipping those that cannot be booked, which the result lists with their
     * reasons) and holds a session in each booking made.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'NGO_STAFF')")
    public SeriesSessions addSeries(long programmeId, SeriesDraft draft) {
        var programme = editable(programmeId);
        draft.setProgrammeId(programmeId);
        draft.setOrganisationId(programme.organisationId());
        if (draft.getPurpose() == null || draft.getPurpose().isBlank()) {
            draft.setPurpose(purposeOf(programme));
        }
        SeriesResult result = series.create(draft, ConflictPolicy.SKIP);
        var held = new ArrayList<ProgrammeSession>();
        for (var booking : result.created()) {
            held.add(holdIn(programme, booking));
        }
        return new SeriesSessions(summaries.of(programme, held), result.skipped());
    }

    /** Holds a session in a booking the programme's organisation already has. */
    @PreAuthorize("hasAnyRole('ADMIN', 'NGO_STAFF')")
    public SessionSummary addFromBooking(long programmeId, long bookingId) {
        var programme = editable(programmeId);
        var booking = bookingQueries.get(bookingId);
        if (booking.organisationId() != programme.organisationId()) {
            throw new DomainException("SESSION_BOOKING_OTHER_ORGANISATION");
        }
        if (sessions.findByBookingId(bookingId).isPresent()) {
            throw new DomainException("SESSION_BOOKING_TAKEN");
        }
        var linked = links.linkProgramme(bookingId, programmeId);
        return summaries.of(programme, List.of(holdIn(programme, linked))).getFirst();
    }

    /**
     * Cancels a session: its registrants are told (an in-app notice now, the notification issue's messages later)
     * and its booking is cancelled, so the room is free again.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'NGO_STAFF')")
    public SessionSummary cancel(long sessionId, String reason) {
        var session = find(sessionId);
        var programme = editable(session.programmeId());
        var cancelled = writer.cancel(programme, sessionId, reason, currentUser.scope().username());
        if (cancelled.bookingId() != null) {
            var booking = bookingQueries.get(cancelled.bookingId());
            if (booking.status().holdsRoom() && booking.mayCancel()) {
                bookings.cancel(booking.id(), reason);
            }
        }
        return summaries.of(programme, List.of(cancelled)).getFirst();
    }

    private ProgrammeSession holdIn(Programme programme, BookingSummary booking) {
        try {
            return writer.save(ProgrammeSession.inBooking(programme.id(), booking.id(), booking.centreId(),
                    booking.roomId(), booking.start(), booking.end()));
        } catch (RuntimeException e) {
            bookings.cancel(booking.id(), null);
            throw e;
        }
    }

    private Programme editable(long programmeId) {
        var programme = programmes.find(programmeId);
        access.checkMayEdit(currentUser.scope(), programme);
        if (programme.archived()) {
            throw new DomainException("PROGRAMME_ARCHIVED");
        }
        return programme;
    }

    private ProgrammeSession find(long id) {
        return sessions.findById(id).orElseThrow(() -> new NotFoundException("session", id));
    }

    private static String purposeOf(Programme programme) {
        return programme.title().length() <= 200 ? programme.title() : programme.title().substring(0, 200);
    }
}
