package org.servicecentre.programme.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;

/** Why a session or registration is cancelled (optional); registrants read it. */
record ReasonRequest(@Size(max = 500) @Schema(example = "因台风停课") String reason) {
}
