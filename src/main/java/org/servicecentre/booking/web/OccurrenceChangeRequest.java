package org.servicecentre.booking.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalTime;
import org.servicecentre.booking.SeriesScope;

/** Moves the chosen occurrences to new wall-clock times on their own dates, with a purpose and attendance. */
record OccurrenceChangeRequest(@NotNull @Schema(example = "ALL") SeriesScope scope,
                               @NotNull @Schema(type = "string", example = "17:00") LocalTime start,
                               @NotNull @Schema(type = "string", example = "18:30") LocalTime end,
                               @NotBlank @Size(max = 200) @Schema(example = "四点半课堂") String purpose,
                               @Min(1) @Max(10_000) int expectedAttendance) {
}
