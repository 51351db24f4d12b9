package org.servicecentre.booking.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;

/** Why a booking is cancelled (optional) or declined (required); the requester reads it. */
record ReasonRequest(@Size(max = 500) @Schema(example = "当天有全区会议") String reason) {
}
