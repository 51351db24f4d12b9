package org.servicecentre.programme.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

/** The duplicate record to merge into the resident kept. */
record MergeRequest(@NotNull @Schema(example = "57") Long duplicateId) {
}
