package org.servicecentre.checkin.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.EnumSet;
import org.servicecentre.checkin.FeedbackService;
import org.servicecentre.checkin.FeedbackTag;
import org.servicecentre.checkin.KioskService;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Satisfaction scores from hardware kiosks: {@code Authorization: Device <token>}; the kiosk's own centre. Anonymous:
 * nothing about the person is sent or kept. A resend with the same nonce is kept once (201 first, 200 after).
 */
@RestController
@Tag(name = "Kiosk")
class KioskFeedbackController {

    private final FeedbackService feedback;
    private final KioskService kiosks;

    KioskFeedbackController(FeedbackService feedback, KioskService kiosks) {
        this.feedback = feedback;
        this.kiosks = kiosks;
    }

    @PostMapping("/api/v1/kiosk/feedback")
    @Operation(summary = "Keep an anonymous satisfaction score (1–5 faces, optional tags) given at this kiosk",
            description = "About the visit, or about a session held today at this kiosk's centre (`sessionId`; 422 "
                    + "FEEDBACK_SESSION_NOT_TODAY otherwise). Kept without any resident and with its time only to the "
                    + "hour. Idempotent per nonce.")
    @ApiResponse(responseCode = "201", description = "Kept")
    @ApiResponse(responseCode = "200", description = "Kept before: a resend with the same nonce (`repeated`: true)")
    @ApiResponse(responseCode = "422", description = "Score not 1–5 or no nonce (VALIDATION_FAILED), an unknown tag "
            + "(FEEDBACK_TAG_UNKNOWN), a session not held here today (FEEDBACK_SESSION_NOT_TODAY)")
    ResponseEntity<KioskFeedbackResponse> give(@Valid @RequestBody KioskFeedbackRequest body) {
        var kiosk = kiosks.me();
        var tags = EnumSet.noneOf(FeedbackTag.class);
        if (body.tags() != null) {
            body.tags().forEach(name -> tags.add(FeedbackTag.named(name)));
        }
        var receipt = feedback.record(kiosk.centreId(), kiosk.id(), body.sessionId(), body.score(), tags,
                body.nonce());
        return ResponseEntity.status(receipt.repeated() ? HttpStatus.OK : HttpStatus.CREATED)
                .body(new KioskFeedbackResponse(receipt.id(), receipt.repeated()));
    }
}
