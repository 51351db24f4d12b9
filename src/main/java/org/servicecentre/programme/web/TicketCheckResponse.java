package org.servicecentre.programme.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.servicecentre.programme.TicketCheck;
import org.servicecentre.programme.TicketOutcome;
import org.servicecentre.programme.TicketSession;
import org.servicecentre.programme.TicketSubject;

/** The verdict on a ticket: ids and centre names only, never a resident's name or phone. */
record TicketCheckResponse(
        @Schema(description = "VALID, MALFORMED, FORGED, UNKNOWN_KEY, EXPIRED, REVOKED, WRONG_DAY or WRONG_CENTRE")
        TicketOutcome outcome,
        @Schema(description = "The outcome in the caller's language (Accept-Language)", example = "有效")
        String message,
        @Schema(description = "REGISTRATION or CARD; absent for MALFORMED, FORGED and UNKNOWN_KEY") TicketSubject subject,
        @Schema(description = "The registration or card id") Long subjectId,
        @Schema(description = "The resident's pseudonymous id; absent when not looked up (EXPIRED) or gone")
        Long residentId,
        @Schema(description = "The programme of a registration") Long programmeId,
        @Schema(description = "VALID registration: today's session here (the current or next one)") SessionJson session,
        @Schema(description = "WRONG_CENTRE: today's sessions and the centres they are at") List<SessionJson> elsewhere,
        @Schema(description = "WRONG_DAY: the next session, or the last one when all are over") SessionJson nextSession,
        @Schema(description = "When the ticket stops being valid") Instant expires) {

    static TicketCheckResponse of(TicketCheck check, String message) {
        return new TicketCheckResponse(check.outcome(), message, check.subject(), check.subjectId(),
                check.residentId(), check.programmeId(), SessionJson.of(check.session()),
                check.elsewhere().stream().map(SessionJson::of).toList(), SessionJson.of(check.nextSession()),
                check.expires());
    }

    /** A session: where (centre id and name, none for an outside location) and when, in the session's zone. */
    record SessionJson(long sessionId, Long centreId, String centreName, OffsetDateTime start, OffsetDateTime end,
                       String zone) {

        static SessionJson of(TicketSession session) {
            if (session == null) {
                return null;
            }
            ZoneId zone = session.zone();
            return new SessionJson(session.sessionId(), session.centreId(), session.centreName(),
                    session.start().atZone(zone).toOffsetDateTime(), session.end().atZone(zone).toOffsetDateTime(),
                    zone.getId());
        }
    }
}
