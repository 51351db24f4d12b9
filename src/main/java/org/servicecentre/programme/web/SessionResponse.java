package org.servicecentre.programme.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.servicecentre.programme.SessionStatus;
import org.servicecentre.programme.SessionSummary;

/** A session with its place, its times in the offset of its zone, and its places taken and free. */
record SessionResponse(long id, long programmeId, String programmeTitle, Long bookingId, Long centreId,
                       String centreName, Long roomId, String roomName,
                       @Schema(description = "An outside location; absent for sessions in a room") String location,
                       @Schema(description = "The room and centre, or the outside location") String place,
                       String zone, OffsetDateTime start, OffsetDateTime end, SessionStatus status,
                       String cancelReason,
                       @Schema(description = "Absent for drop-in programmes") Integer capacity, long registered,
                       long waitlisted, long attended,
                       @Schema(description = "Absent for drop-in programmes") Integer freePlaces) {

    static SessionResponse of(SessionSummary s) {
        var zone = s.zone();
        return new SessionResponse(s.id(), s.programmeId(), s.programmeTitle(), s.bookingId(), s.centreId(),
                s.centreName(), s.roomId(), s.roomName(), s.location(), s.place(), zone.getId(), at(s.start(), zone),
                at(s.end(), zone), s.status(), s.cancelReason(), s.capacity(), s.registered(), s.waitlisted(),
                s.attended(), s.freePlaces());
    }

    static OffsetDateTime at(Instant instant, ZoneId zone) {
        return instant == null ? null : instant.atZone(zone).toOffsetDateTime();
    }
}
