package org.servicecentre.booking.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.servicecentre.booking.SeriesScope;

/** Cancels an occurrence, it and the following ones, or every occurrence not yet started. */
record OccurrenceCancelRequest(@NotNull @Schema(example = "FOLLOWING") SeriesScope scope,
                               @Size(max = 500) @Schema(example = "学期结束") String reason) {
}
