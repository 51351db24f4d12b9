package org.servicecentre.booking;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * What a booking asks for: a room for [start, end). {@code organisationId} may be left out by NGO staff (their own
 * organisation); managers and admins book on behalf of an organisation. {@code programmeId} links a programme.
 */
public record BookingDraft(@NotNull Long roomId, @NotNull Instant start, @NotNull Instant end,
                           @NotBlank @Size(max = 200) String purpose, Long organisationId,
                           @Min(1) @Max(10_000) int expectedAttendance, Long programmeId) {

    public BookingDraft {
        purpose = purpose == null ? null : purpose.strip();
    }

    public BookingDraft withTimes(Instant newStart, Instant newEnd) {
        return new BookingDraft(roomId, newStart, newEnd, purpose, organisationId, expectedAttendance, programmeId);
    }
}
