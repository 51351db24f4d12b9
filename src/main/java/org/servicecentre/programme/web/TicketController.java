package org.servicecentre.programme.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.servicecentre.programme.TicketVerifier;
import org.servicecentre.shared.TranslationProvider;
import org.servicecentre.shared.web.ApiProblems;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Ticket verification over the API, for staff scanning tickets with their own devices and for integrations. Any
 * scanned text gets a 200 with an outcome; only a missing or oversized token is a bad request.
 * <p>
 * Staff only for now (admins, centre managers, NGO staff); paired kiosk devices join with the kiosk issue.
 */
@RestController
@RequestMapping("/api/v1/tickets")
@Tag(name = "Tickets", description = "Signed QR tickets: check a scanned ticket")
class TicketController {

    private final TicketVerifier verifier;
    private final TranslationProvider translations;

    TicketController(TicketVerifier verifier, TranslationProvider translations) {
        this.verifier = verifier;
        this.translations = translations;
    }

    @PostMapping("/verify")
    @Operation(summary = "Check a scanned ticket: VALID, or why not (MALFORMED, UNKNOWN_KEY, FORGED, EXPIRED, REVOKED, "
            + "WRONG_DAY, WRONG_CENTRE, checked in that order); staff only (admins, centre managers, NGO staff)",
            description = "The signature is checked before anything else is looked up. The answer carries ids and "
                    + "centre names, never a resident's name or phone number. Checking does not check anyone in.")
    @ApiResponse(responseCode = "200", description = "The outcome, whatever was scanned; ids and centre names only")
    @ApiResponse(responseCode = "422", description = "No token, or one over 1000 characters (VALIDATION_FAILED)")
    TicketCheckResponse verify(@Valid @RequestBody TicketVerifyRequest body, HttpServletRequest request) {
        var check = verifier.verify(body.token(), body.centreId(), body.at() == null ? null : body.at().toInstant());
        String message = translations.translate(ApiProblems.localeOf(request), check.outcome().translationKey());
        return TicketCheckResponse.of(check, message);
    }
}
