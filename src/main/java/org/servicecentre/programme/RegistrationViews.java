package org.servicecentre.programme;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.servicecentre.security.CurrentUser;
import org.servicecentre.security.PersonalDataAction;
import org.springframework.stereotype.Component;

/**
 * Builds what staff see of registrations and attendance, with the residents shown through {@link ResidentPrivacy}
 * (masked unless the caller's organisation may see them, and logged when unmasked).
 */
@Component
class RegistrationViews {

    private final Registrations registrations;
    private final Residents residents;
    private final Attendances attendances;
    private final Programmes programmes;
    private final ProgrammeSessions sessions;
    private final SessionSummaries sessionSummaries;
    private final ResidentPrivacy privacy;
    private final CurrentUser currentUser;
    private final RegistrationBook book;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    RegistrationViews(Registrations registrations, Residents residents, Attendances attendances,
                      Programmes programmes, ProgrammeSessions sessions, SessionSummaries sessionSummaries,
                      ResidentPrivacy privacy, CurrentUser currentUser, RegistrationBook book,
                      Clock clock,
                      org.springframework.context.ApplicationEventPublisher events) {
        this.registrations = registrations;
        this.residents = residents;
        this.attendances = attendances;
        this.programmes = programmes;
        this.sessions = sessions;
        this.sessionSummaries = sessionSummaries;
        this.privacy = privacy;
        this.currentUser = currentUser;
        this.book = book;
        this.clock = clock;
        this.events = events;
    }

    RegistrationSummary summary(Registration registration, PersonalDataAction action, String context,
                                String token) {
        var resident = shown(List.of(registration.residentId()), action, context).get(registration.residentId());
        return summary(registration, resident, token);
    }

    List<RegistrationSummary> summaries(List<Registration> found, String context) {
        var shown = shown(found.stream().map(Registration::residentId).distinct().toList(), PersonalDataAction.VIEW,
                context);
        return found.stream().map(r -> summary(r, shown.get(r.residentId()), null)).toList();
    }

    AttendanceSheet sheet(Programme programme, ProgrammeSession session, boolean mayMark, boolean export) {
        var admitted = registrations.admittingTo(programme.id(), session.id());
        var came = attendances.findBySessionId(session.id()).stream()
                .collect(Collectors.toMap(SessionAttendance::residentId, SessionAttendance::attendedAt));
        var residentIds = new HashSet<Long>(came.keySet());
        admitted.forEach(r -> residentIds.add(r.residentId()));
        var shown = shown(List.copyOf(residentIds), export ? PersonalDataAction.EXPORT : PersonalDataAction.VIEW,
                "attendance list of session " + session.id());
        var rows = new ArrayList<AttendanceRow>();
        var listed = new HashSet<Long>();
        int position = 0;
        for (var registration : admitted) {
            var resident = shown.get(registration.residentId());
            Integer waiting = registration.status() == RegistrationStatus.WAITLISTED ? ++position : null;
            rows.add(new AttendanceRow(registration.id(), resident.id(), resident.name(), resident.phone(),
                    resident.unmasked(), registration.status(), waiting, registration.source(),
                    came.get(registration.residentId())));
            listed.add(registration.residentId());
        }
        came.forEach((residentId, at) -> {
            if (!listed.contains(residentId)) {
                var resident = shown.get(residentId);
                rows.add(new AttendanceRow(null, residentId, resident.name(), resident.phone(), resident.unmasked(),
                        null, null, null, at));
            }
        });
        var summary = sessionSummaries.of(programme, List.of(session)).getFirst();
        return new AttendanceSheet(summary, rows, mayMark);
    }

    void mark(ProgrammeSession session, long residentId, boolean attended, String by) {
        var existing = attendances.findBySessionIdAndResidentId(session.id(), residentId);
        if (attended && existing.isEmpty()) {
            var registration = registrations.admittingTo(session.programmeId(), session.id()).stream()
                    .filter(r -> r.residentId() == residentId).findFirst().map(Registration::id).orElse(null);
            attendances.save(new SessionAttendance(session.id(), residentId, registration, "STAFF", by,
                    clock.instant()));
            events.publishEvent(new AttendanceChanged(session.id()));
        } else if (!attended && existing.isPresent()) {
            attendances.delete(existing.get());
            events.publishEvent(new AttendanceChanged(session.id()));
        }
    }

    private Map<Long, ResidentSummary> shown(List<Long> residentIds, PersonalDataAction action, String context) {
        var found = residents.findAllById(residentIds);
        return privacy.show(currentUser.find().orElse(null), found, action, context).stream()
                .collect(Collectors.toMap(ResidentSummary::id, Function.identity()));
    }

    private RegistrationSummary summary(Registration r, ResidentSummary resident, String token) {
        var programme = programmes.findById(r.programmeId()).orElseThrow();
        var start = r.sessionId() == null ? null : sessions.findById(r.sessionId()).map(ProgrammeSession::start)
                .orElse(null);
        var position = book.position(r);
        return new RegistrationSummary(r.id(), r.programmeId(), programme.title(), r.sessionId(), start,
                r.residentId(), resident.name(), resident.phone(), resident.unmasked(), r.status(), r.source(),
                position, r.createdAt(), r.cancelledAt(), token);
    }
}
