package org.servicecentre.checkin.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import org.servicecentre.checkin.ScanMethod;

/** One scan sent by a kiosk; the nonce makes a resend count once, the scan time keeps a queued scan in its session. */
record KioskCheckInRequest(
        @Schema(description = "The scanned text: a ticket or personal card code") @NotBlank @Size(max = 1000) String token,
        @Schema(description = "Unique per scan on this kiosk (e.g. a UUID); a resend with the same nonce is answered "
                + "the same and counted once") @NotBlank @Size(max = 64) String nonce,
        @Schema(description = "When it was scanned (optional; now if left out; a time in the future counts as now)")
        OffsetDateTime scannedAt,
        @Schema(description = "CAMERA or SCANNER (default SCANNER)") ScanMethod method,
        @Schema(description = "For a personal card: the session of today the holder tapped (from `choices`)")
        Long sessionId) {
}
