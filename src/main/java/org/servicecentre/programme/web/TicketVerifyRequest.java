package org.servicecentre.programme.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;

/** A scanned ticket to check, where and when it is shown. */
record TicketVerifyRequest(
        @NotBlank @Size(max = 1000)
        @Schema(description = "The QR code's text as scanned, starting with SC1.; anything else is answered MALFORMED",
                example = "SC1.AQEBlU4B6gfZ7gk...") String token,
        @Schema(description = "The centre where it is shown; leave out to skip the centre check", example = "3")
        Long centreId,
        @Schema(description = "When it is shown, ISO-8601 with an offset; leave out for now",
                example = "2027-03-02T16:25:00+08:00") OffsetDateTime at) {
}
