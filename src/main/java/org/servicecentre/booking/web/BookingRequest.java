package org.servicecentre.booking.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import org.servicecentre.booking.BookingDraft;

/** A booking as a client asks for it or changes it; times are ISO-8601 with an offset, the end excluded. */
record BookingRequest(
        @NotNull @Schema(example = "12") Long roomId,
        @NotNull @Schema(example = "2027-03-02T16:30:00+08:00") OffsetDateTime start,
        @NotNull @Schema(example = "2027-03-02T18:00:00+08:00") OffsetDateTime end,
        @NotBlank @Size(max = 200) @Schema(example = "四点半课堂") String purpose,
        @NotNull @Min(1) @Max(10_000) @Schema(example = "25") Integer expectedAttendance,
        @Schema(description = "The organisation booked for; NGO staff leave it out (their own), managers and admins "
                + "name it. Ignored when a booking is changed.") Long organisationId,
        @Schema(description = "A programme this booking is for (optional)") Long programmeId) {

    BookingDraft toDraft() {
        return new BookingDraft(roomId, start.toInstant(), end.toInstant(), purpose, organisationId,
                expectedAttendance, programmeId);
    }
}
