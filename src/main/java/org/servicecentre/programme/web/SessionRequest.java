package org.servicecentre.programme.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import org.servicecentre.programme.OutsideSessionDraft;
import org.servicecentre.programme.RoomSessionDraft;

/**
 * A new session of a programme. ROOM books {@code roomId} for [start, end) with {@code expectedAttendance};
 * OUTSIDE needs {@code location}, start and end; BOOKING holds the session in {@code bookingId}, a booking of the
 * programme's organisation. Fields another kind needs are ignored.
 */
record SessionRequest(
        @NotNull @Schema(description = "ROOM, OUTSIDE or BOOKING") SessionKind kind,
        @Schema(description = "ROOM: the room to book", example = "12") Long roomId,
        @Schema(description = "ROOM and OUTSIDE", example = "2027-03-02T16:30:00+08:00") OffsetDateTime start,
        @Schema(description = "ROOM and OUTSIDE; the end is excluded", example = "2027-03-02T18:00:00+08:00")
        OffsetDateTime end,
        @Schema(description = "ROOM: how many people are expected (the booking's attendance)", example = "25")
        Integer expectedAttendance,
        @Schema(description = "OUTSIDE: where", example = "南山工业园食堂") String location,
        @Schema(description = "BOOKING: the booking to hold the session in") Long bookingId) {

    RoomSessionDraft toRoomDraft() {
        return new RoomSessionDraft(roomId, instant(start), instant(end),
                expectedAttendance == null ? 0 : expectedAttendance);
    }

    OutsideSessionDraft toOutsideDraft() {
        return new OutsideSessionDraft(location, instant(start), instant(end));
    }

    private static java.time.Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
