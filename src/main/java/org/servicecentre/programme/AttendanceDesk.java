package org.servicecentre.programme;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.servicecentre.security.CurrentUser;
import org.servicecentre.security.Role;
import org.servicecentre.security.Scope;
import org.servicecentre.shared.Masking;
import org.servicecentre.shared.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the entrance of a centre needs from programmes: what is on, which sessions a resident holds a place in, and
 * recording that they came. For kiosks (only their own centre) and the centre's managers; never a name unmasked.
 */
@Service
public class AttendanceDesk {

    private final ProgrammeSessions sessions;
    private final Programmes programmes;
    private final Registrations registrations;
    private final Residents residents;
    private final Attendances attendances;
    private final SessionSummaries summaries;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    AttendanceDesk(ProgrammeSessions sessions, Programmes programmes, Registrations registrations,
                   Residents residents, Attendances attendances, SessionSummaries summaries,
                   CurrentUser currentUser, Clock clock,
                   org.springframework.context.ApplicationEventPublisher events) {
        this.sessions = sessions;
        this.programmes = programmes;
        this.registrations = registrations;
        this.residents = residents;
        this.attendances = attendances;
        this.summaries = summaries;
        this.currentUser = currentUser;
        this.clock = clock;
        this.events = events;
    }

    /** Scheduled sessions at the centre overlapping [from, to), earliest first. */
    @PreAuthorize("hasAnyRole('KIOSK', 'ADMIN', 'CENTRE_MANAGER')")
    @Transactional(readOnly = true)
    public List<SessionSummary> sessionsAt(long centreId, Instant from, Instant to) {
        checkCentre(centreId);
        var found = sessions.atCentre(centreId, from, to);
        // one read of the programmes and one summary per programme, not per session (an idle kiosk asks often)
        var byProgramme = found.stream().collect(java.util.stream.Collectors.groupingBy(ProgrammeSession::programmeId,
                java.util.LinkedHashMap::new, java.util.stream.Collectors.toList()));
        var order = found.stream().map(ProgrammeSession::id).toList();
        return programmes.findAllById(byProgramme.keySet()).stream()
                .flatMap(p -> summaries.of(p, byProgramme.get(p.id())).stream())
                .sorted(java.util.Comparator.comparingInt(s -> order.indexOf(s.id())))
                .toList();
    }

    /** Of those, the sessions the resident holds a place in (their own or a whole-programme registration). */
    @PreAuthorize("hasAnyRole('KIOSK', 'ADMIN', 'CENTRE_MANAGER')")
    @Transactional(readOnly = true)
    public List<SessionSummary> sessionsOf(long residentId, long centreId, Instant from, Instant to) {
        var held = registrations.findByResidentId(residentId).stream()
                .filter(r -> r.status() == RegistrationStatus.REGISTERED).toList();
        return sessionsAt(centreId, from, to).stream()
                .filter(s -> held.stream().anyMatch(r -> r.programmeId() == s.programmeId()
                        && (r.sessionId() == null || r.sessionId() == s.id())))
                .toList();
    }

    /** One session of the centre, as the entrance shows it. */
    @PreAuthorize("hasAnyRole('KIOSK', 'ADMIN', 'CENTRE_MANAGER')")
    @Transactional(readOnly = true)
    public SessionSummary session(long sessionId) {
        var session = find(sessionId);
        checkCentre(session.centreId());
        var programme = programmes.findById(session.programmeId()).orElseThrow();
        return summaries.of(programme, List.of(session)).getFirst();
    }

    /** When the resident was recorded as come to the session, if they were. */
    @PreAuthorize("hasAnyRole('KIOSK', 'ADMIN', 'CENTRE_MANAGER')")
    @Transactional(readOnly = true)
    public Optional<Instant> attendedAt(long sessionId, long residentId) {
        checkCentre(find(sessionId).centreId());
        return attendances.findBySessionIdAndResidentId(sessionId, residentId).map(SessionAttendance::attendedAt);
    }

    /**
     * Records that the resident came to the session, once: empty when they were on record already (a second call, or
     * another kiosk a moment before, keeps the first time). Two calls racing each other: one records, the other
     * fails on the database's uniqueness and its caller reads {@link #attendedAt} again.
     */
    @PreAuthorize("hasAnyRole('KIOSK', 'ADMIN', 'CENTRE_MANAGER')")
    @Transactional
    public Optional<Instant> attend(long sessionId, long residentId, Long registrationId, String method, Instant at) {
        var session = find(sessionId);
        checkCentre(session.centreId());
        if (attendances.findBySessionIdAndResidentId(sessionId, residentId).isPresent()) {
            return Optional.empty();
        }
        var recorded = attendances.saveAndFlush(new SessionAttendance(sessionId, residentId, registrationId,
                method, currentUser.scope().username(), at == null ? clock.instant() : at));
        events.publishEvent(new AttendanceChanged(sessionId));
        return Optional.of(recorded.attendedAt());
    }

    /**
     * Which of these programmes are public: only their titles may be shown to anyone passing by (a door display);
     * invitation-only programmes stay unnamed.
     */
    @PreAuthorize("hasAnyRole('KIOSK', 'ADMIN', 'CENTRE_MANAGER')")
    @Transactional(readOnly = true)
    public java.util.Set<Long> publicOf(java.util.Collection<Long> programmeIds) {
        return programmes.findAllById(programmeIds).stream()
                .filter(p -> p.visibility() == ProgrammeVisibility.PUBLIC).map(Programme::id)
                .collect(java.util.stream.Collectors.toSet());
    }

    /** The resident's name as a kiosk may show it (张*), or null when they left none. */
    @PreAuthorize("hasAnyRole('KIOSK', 'ADMIN', 'CENTRE_MANAGER')")
    @Transactional(readOnly = true)
    public String maskedName(long residentId) {
        return residents.findById(residentId).map(Resident::displayName).map(Masking::name).orElse(null);
    }

    private ProgrammeSession find(long id) {
        return sessions.findById(id).orElseThrow(() -> new NotFoundException("session", id));
    }

    private void checkCentre(Long centreId) {
        Scope scope = currentUser.scope();
        if (scope.isAdmin()) {
            return;
        }
        boolean own = centreId != null && scope.centreIds().contains(centreId)
                && (scope.is(Role.KIOSK) || scope.is(Role.CENTRE_MANAGER));
        if (!own) {
            throw new AccessDeniedException("centre " + centreId + " is not the caller's");
        }
    }
}
