package org.servicecentre.centre.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.servicecentre.centre.ClosureDraft;

/** A new closure of the whole centre (no roomId) or one of its rooms, first and last day inclusive. */
record ClosureRequest(@Schema(description = "Leave out to close the whole centre") Long roomId,
                      @NotNull @Schema(example = "2027-02-05") LocalDate firstDay,
                      @NotNull @Schema(example = "2027-02-11") LocalDate lastDay,
                      @NotBlank @Size(max = 200) @Schema(example = "春节假期闭馆") String reason) {

    ClosureDraft toDraft() {
        return ClosureDraft.of(roomId, firstDay, lastDay, reason);
    }
}
