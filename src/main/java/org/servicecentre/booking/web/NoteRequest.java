package org.servicecentre.booking.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;

/** An optional note for the requester when a booking is approved. */
record NoteRequest(@Size(max = 500) @Schema(example = "请提前十分钟到前台领钥匙") String note) {
}
