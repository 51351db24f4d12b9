package org.servicecentre.checkin.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.Locale;
import org.servicecentre.checkin.KioskService;
import org.servicecentre.checkin.StaffStarts;
import org.servicecentre.shared.TranslationProvider;
import org.servicecentre.shared.web.ApiProblems;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Staff confirm a booking has started with their staff code at a hardware kiosk: {@code Authorization: Device <token>}. */
@RestController
@Tag(name = "Kiosk")
class KioskStaffStartController {

    private final StaffStarts starts;
    private final KioskService kiosks;
    private final TranslationProvider translations;

    KioskStaffStartController(StaffStarts starts, KioskService kiosks, TranslationProvider translations) {
        this.starts = starts;
        this.kiosks = kiosks;
        this.translations = translations;
    }

    @PostMapping("/api/v1/kiosk/staff-starts")
    @Operation(summary = "Confirm with a staff code that a booking at this kiosk's centre has started",
            description = "The staff member's bookings here that are confirmed and on now or start within 30 minutes "
                    + "(NGO staff: their organisation's; managers: their centre's; admins: all). Outcomes: STARTED "
                    + "(exactly one: confirmed now, in `booking`), CHOOSE_BOOKING (several, in `choices`: send again "
                    + "with `bookingId`), ALREADY_STARTED (confirmed before: `booking.startedAt`/`startedBy`), "
                    + "NOTHING_TO_START (`next`: their next one here today, or null), NOT_VALID (unknown, renewed or "
                    + "revoked code, or a disabled account). A staff code grants nothing else.")
    @ApiResponse(responseCode = "200", description = "The outcome and what to show")
    @ApiResponse(responseCode = "404", description = "No such booking (NOT_FOUND)")
    @ApiResponse(responseCode = "422", description = "No code or nonce (VALIDATION_FAILED); a chosen booking that "
            + "may not be started here and now (BOOKING_START_NOT_ENTITLED, BOOKING_START_OTHER_CENTRE, "
            + "BOOKING_START_NOT_CONFIRMED, BOOKING_START_TOO_EARLY, BOOKING_START_OVER)")
    KioskStaffStartResponse staffStart(@Valid @RequestBody KioskStaffStartRequest body, HttpServletRequest request) {
        var kiosk = kiosks.me();
        var result = body.bookingId() == null
                ? starts.scan(kiosk.centreId(), kiosk.id(), body.code(),
                        body.scannedAt() == null ? null : body.scannedAt().toInstant())
                : starts.confirm(kiosk.centreId(), kiosk.id(), body.code(), body.bookingId());
        var message = translations.translate(ApiProblems.localeOf(request),
                "kiosk.staff.outcome." + result.outcome().name().toLowerCase(Locale.ROOT));
        return KioskStaffStartResponse.of(result, message);
    }
}
