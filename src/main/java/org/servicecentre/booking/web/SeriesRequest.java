package org.servicecentre.booking.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import org.servicecentre.booking.ConflictPolicy;
import org.servicecentre.booking.SeriesDraft;

/**
 * A recurring booking: the room, the first occurrence [start, end) and the RFC 5545 rule that repeats it in
 * {@code zone} (left out: the centre's). Purpose and attendance are needed to create, not to preview.
 */
record SeriesRequest(@NotNull @Schema(example = "12") Long roomId,
                     @NotNull @Schema(example = "2026-12-01T16:30:00+08:00") OffsetDateTime start,
                     @NotNull @Schema(example = "2026-12-01T18:00:00+08:00") OffsetDateTime end,
                     @NotBlank @Size(max = 500) @Schema(example = "FREQ=WEEKLY;BYDAY=TU,TH;UNTIL=20270226") String rrule,
                     @Schema(example = "Asia/Shanghai", description = "Leave out for the centre's zone") String zone,
                     @Size(max = 200) @Schema(example = "四点半课堂") String purpose,
                     @Schema(example = "25") Integer expectedAttendance,
                     @Schema(description = "Leave out when NGO staff book for their own organisation") Long organisationId,
                     @Schema(description = "SKIP books the other occurrences; FAIL (default) books nothing when one "
                             + "cannot be booked") ConflictPolicy onConflict) {

    /** The draft; a preview needs no purpose or attendance, so it stands in for them. */
    SeriesDraft toDraft(boolean forPreview) {
        var draft = SeriesDraft.of(roomId, start.toInstant(), end.toInstant(), rrule,
                purpose == null && forPreview ? "-" : purpose,
                expectedAttendance == null ? (forPreview ? 1 : 0) : expectedAttendance, organisationId);
        draft.setZone(SeriesDraft.zoneOf(zone));
        return draft;
    }
}
