package org.servicecentre.checkin.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.servicecentre.programme.TargetGroup;

/** A walk-in tapped on the kiosk: no code, no name; the session (optional) and a self-declared group (optional). */
record KioskWalkInRequest(
        @Schema(description = "The session on now or within the hour at this centre; none: a visit to the centre")
        Long sessionId,
        @Schema(description = "Optional, self-declared, counted for reports (e.g. ELDERLY, MIGRANT_WORKERS)")
        TargetGroup targetGroup,
        @Schema(description = "Unique per tap on this kiosk; a resend is counted once") @NotBlank @Size(max = 64)
        String nonce) {
}
