package org.servicecentre.programme;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/** A session in a room: the room is booked for the programme's organisation at the same time. */
public record RoomSessionDraft(@NotNull Long roomId, @NotNull Instant start, @NotNull Instant end,
                               @Min(1) @Max(10_000) int expectedAttendance) {
}
