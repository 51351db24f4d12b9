package org.servicecentre.checkin.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.servicecentre.checkin.CheckInService;
import org.servicecentre.checkin.ScanMethod;
import org.servicecentre.security.CurrentUser;
import org.servicecentre.security.DevicePrincipal;
import org.servicecentre.shared.TranslationProvider;
import org.servicecentre.shared.web.ApiProblems;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Check-in for hardware kiosks and the benchmark: {@code Authorization: Device <token>}; the kiosk's own centre.
 * Every scan gets a 200 with an outcome; a resend with the same nonce is answered the same and counted once.
 */
@RestController
@Tag(name = "Kiosk")
class KioskCheckInController {

    private final CheckInService checkIns;
    private final CurrentUser currentUser;
    private final TranslationProvider translations;

    KioskCheckInController(CheckInService checkIns, CurrentUser currentUser, TranslationProvider translations) {
        this.checkIns = checkIns;
        this.currentUser = currentUser;
        this.translations = translations;
    }

    @PostMapping("/api/v1/kiosk/checkins")
    @Operation(summary = "Check in with a scanned ticket or personal card at this kiosk's centre",
            description = "Outcomes: CHECKED_IN, ALREADY_CHECKED_IN (with the time), CHOOSE_SESSION (a card: send "
                    + "again with `sessionId` from `choices`), NO_SESSION_TODAY, NOT_TODAY, OTHER_CENTRE (which), "
                    + "EXPIRED, NOT_VALID. Never more of a person than a masked name.")
    @ApiResponse(responseCode = "200", description = "The outcome and what to show")
    @ApiResponse(responseCode = "422", description = "No token or nonce, or too long (VALIDATION_FAILED)")
    KioskCheckInResponse checkIn(@Valid @RequestBody KioskCheckInRequest body, HttpServletRequest request) {
        var kiosk = kiosk();
        var method = body.method() == null ? ScanMethod.SCANNER : body.method();
        var result = body.sessionId() == null
                ? checkIns.scan(kiosk.centreId(), kiosk.deviceId(), body.token(), body.nonce(),
                        body.scannedAt() == null ? null : body.scannedAt().toInstant(), method)
                : checkIns.chooseSession(kiosk.centreId(), kiosk.deviceId(), body.token(), body.sessionId(),
                        body.nonce(), method);
        var message = translations.translate(ApiProblems.localeOf(request),
                TranslationProvider.keyOf(result.outcome()));
        return KioskCheckInResponse.of(result, message);
    }

    @PostMapping("/api/v1/kiosk/walk-ins")
    @Operation(summary = "Check in a walk-in without any code at this kiosk's centre",
            description = "For a session on now or starting within the hour here (422 CHECKIN_WALK_IN_NOT_NOW "
                    + "otherwise), or without a session for a visit to the centre. Nothing personal is sent or kept.")
    @ApiResponse(responseCode = "200", description = "CHECKED_IN, with the session")
    @ApiResponse(responseCode = "422", description = "Session not on now, or no nonce")
    KioskCheckInResponse walkIn(@Valid @RequestBody KioskWalkInRequest body, HttpServletRequest request) {
        var kiosk = kiosk();
        var result = checkIns.walkIn(kiosk.centreId(), kiosk.deviceId(), body.sessionId(), body.targetGroup(),
                body.nonce());
        return KioskCheckInResponse.of(result, translations.translate(ApiProblems.localeOf(request),
                TranslationProvider.keyOf(result.outcome())));
    }

    /**
     * The calling kiosk, as the device filter found it at the start of this request: paired and not revoked (this
     * chain admits nothing else). Reading its row again here would only repeat that.
     */
    private DevicePrincipal kiosk() {
        return currentUser.device().orElseThrow(() -> new AccessDeniedException("not a kiosk"));
    }
}
