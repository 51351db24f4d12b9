package org.servicecentre.checkin.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;

/** A staff code shown to a kiosk, or (with {@code bookingId}) the booking its holder chose among those offered. */
record KioskStaffStartRequest(
        @Schema(description = "The scanned staff code (starts with scs_)") @NotBlank @Size(max = 200) String code,
        @Schema(description = "The booking the staff member chose from `choices` of an earlier CHOOSE_BOOKING answer")
        Long bookingId,
        @Schema(description = "Unique per scan on this kiosk (e.g. a UUID). Confirming a start is idempotent in itself: "
                + "a resend is answered ALREADY_STARTED with the first confirmation's time") @NotBlank @Size(max = 64)
        String nonce,
        @Schema(description = "When the code was scanned (optional; now if left out; a time in the future counts as "
                + "now). Ignored with `bookingId`: a choice is made now") OffsetDateTime scannedAt) {
}
