package org.servicecentre.checkin.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A satisfaction score tapped on a kiosk: anonymous; the nonce makes a resend count once. */
record KioskFeedbackRequest(
        @Schema(description = "1 (very unhappy) to 5 (very happy)", minimum = "1", maximum = "5") @NotNull @Min(1)
        @Max(5) Integer score,
        @Schema(description = "Optional tags: CLEAN, HELPFUL_STAFF, USEFUL, WELL_ORGANISED, FRIENDLY, TOO_CROWDED, "
                + "TOO_NOISY, HARD_TO_FIND, STARTED_LATE (422 FEEDBACK_TAG_UNKNOWN for any other)")
        @Size(max = 20) List<String> tags,
        @Schema(description = "The session of today at this centre the score is about (optional; none: the visit)")
        Long sessionId,
        @Schema(description = "Unique per score on this kiosk (e.g. a UUID); a resend with the same nonce is kept once")
        @NotBlank @Size(max = 64) String nonce) {
}
