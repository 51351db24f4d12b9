package org.servicecentre.programme.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.servicecentre.programme.ProgrammeVisibility;
import org.servicecentre.programme.PublicProgramme;
import org.servicecentre.programme.RegistrationMode;
import org.servicecentre.programme.SessionStatus;
import org.servicecentre.programme.SessionSummary;
import org.servicecentre.programme.TargetGroup;

/** A programme as anyone may read it: what, by whom, for whom, and its sessions to come with free places. */
record PublicProgrammeResponse(String code, String title, String description, String organisationName,
                               Set<TargetGroup> targetGroups, RegistrationMode mode, ProgrammeVisibility visibility,
                               @Schema(description = "Whether residents can sign up now") boolean registrationOpen,
                               Instant registrationOpensAt, Instant registrationClosesAt,
                               @Schema(description = "Absent for drop-in programmes") Integer capacity,
                               List<PublicSession> sessions) {

    static PublicProgrammeResponse of(PublicProgramme p) {
        return new PublicProgrammeResponse(p.code(), p.title(), p.description(), p.organisationName(),
                p.targetGroups(), p.mode(), p.visibility(), p.registrationOpen(), p.registrationOpensAt(),
                p.registrationClosesAt(), p.capacity(), p.sessions().stream().map(PublicSession::of).toList());
    }

    /** A session to come: where, when (in its zone's offset), and how many places are still free. */
    record PublicSession(long id, String place, String zone, OffsetDateTime start, OffsetDateTime end,
                         SessionStatus status,
                         @Schema(description = "Absent for drop-in programmes") Integer freePlaces) {

        static PublicSession of(SessionSummary s) {
            return new PublicSession(s.id(), s.place(), s.zone().getId(), SessionResponse.at(s.start(), s.zone()),
                    SessionResponse.at(s.end(), s.zone()), s.status(), s.freePlaces());
        }
    }
}
