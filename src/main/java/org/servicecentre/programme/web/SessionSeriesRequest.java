package org.servicecentre.programme.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import org.servicecentre.booking.SeriesDraft;

/**
 * Sessions in a room on a recurring booking: the first occurrence [start, end) and the RFC 5545 rule that repeats
 * it in {@code zone} (left out: the centre's), as for {@code POST /api/v1/booking-series}. The purpose defaults to
 * the programme's title; the organisation is the programme's.
 */
record SessionSeriesRequest(@NotNull @Schema(example = "12") Long roomId,
                            @NotNull @Schema(example = "2026-12-01T16:30:00+08:00") OffsetDateTime start,
                            @NotNull @Schema(example = "2026-12-01T18:00:00+08:00") OffsetDateTime end,
                            @NotBlank @Size(max = 500) @Schema(example = "FREQ=WEEKLY;BYDAY=TU,TH;UNTIL=20270226")
                            String rrule,
                            @Schema(example = "Asia/Shanghai", description = "Leave out for the centre's zone")
                            String zone,
                            @Size(max = 200) @Schema(description = "Leave out for the programme's title") String purpose,
                            @NotNull @Min(1) @Max(10_000) @Schema(example = "25") Integer expectedAttendance) {

    SeriesDraft toDraft() {
        var draft = SeriesDraft.of(roomId, start.toInstant(), end.toInstant(), rrule, purpose, expectedAttendance,
                null);
        draft.setZone(SeriesDraft.zoneOf(zone));
        return draft;
    }
}
