package org.servicecentre.programme.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.servicecentre.programme.RegistrationService;
import org.servicecentre.programme.TicketService;
import org.servicecentre.shared.DomainException;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Registrations over the API: staff register residents and cancel registrations, read a session's registrations
 * and attendance list (names masked unless the caller is staff of the programme's organisation), and fetch a
 * registration's QR ticket as PNG or SVG.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Registrations", description = "Residents registered for sessions and programmes, and their QR tickets")
class RegistrationController {

    private static final String NOT_FOUND = "No such registration (NOT_FOUND)";
    private static final String NOT_ADMITTED = "The registration holds no place: it is waitlisted or cancelled "
            + "(TICKET_NOT_ADMITTED)";

    private final RegistrationService registrations;
    private final TicketService tickets;

    RegistrationController(RegistrationService registrations, TicketService tickets) {
        this.registrations = registrations;
        this.tickets = tickets;
    }

    @PostMapping("/registrations")
    @Operation(summary = "Register a resident (existing, or new with their consent): a place when one is free, "
            + "else the waitlist; staff of the programme's organisation and admins")
    @ApiResponse(responseCode = "201", description = "Registered or waitlisted; ticketUrl is the resident's ticket "
            + "page, given only here")
    @ApiResponse(responseCode = "404", description = "No such programme, session or resident (NOT_FOUND)")
    @ApiResponse(responseCode = "422", description = "Refused: REGISTRATION_DUPLICATE, REGISTRATION_SESSION_REQUIRED, "
            + "REGISTRATION_WHOLE_PROGRAMME, REGISTRATION_SESSION_CANCELLED, REGISTRATION_SESSION_OVER, "
            + "PROGRAMME_NO_REGISTRATION, RESIDENT_CONSENT_REQUIRED, RESIDENT_MERGED")
    ResponseEntity<RegistrationResponse> register(@Valid @RequestBody RegistrationRequest body) {
        var created = registrations.register(body.toDraft());
        var ticketUrl = ServletUriComponentsBuilder.fromCurrentContextPath().path("/t/{token}")
                .buildAndExpand(created.manageToken()).toUriString();
        var location = ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/v1/registrations/{id}")
                .buildAndExpand(created.id());
        return ResponseEntity.created(location.toUri()).body(RegistrationResponse.of(created, ticketUrl));
    }

    @GetMapping("/registrations/{id}")
    @Operation(summary = "One registration")
    @ApiResponse(responseCode = "404", description = NOT_FOUND)
    RegistrationResponse get(@PathVariable long id) {
        return RegistrationResponse.of(registrations.get(id));
    }

    @PostMapping("/registrations/{id}/cancel")
    @Operation(summary = "Cancel a registration; the resident reads it on their ticket page and the first on the "
            + "waitlist moves up")
    @ApiResponse(responseCode = "404", description = NOT_FOUND)
    @ApiResponse(responseCode = "422", description = "Already cancelled (REGISTRATION_ALREADY_CANCELLED)")
    RegistrationResponse cancel(@PathVariable long id, @Valid @RequestBody(required = false) ReasonRequest body) {
        return RegistrationResponse.of(registrations.cancel(id, body == null ? null : body.reason()));
    }

    @GetMapping("/sessions/{id}/registrations")
    @Operation(summary = "The registrations admitting to a session (its own and whole-programme ones), registered "
            + "first, then the waitlist in order")
    @ApiResponse(responseCode = "404", description = "No such session (NOT_FOUND)")
    List<RegistrationResponse> forSession(@PathVariable long id) {
        return registrations.forSession(id).stream().map(RegistrationResponse::of).toList();
    }

    @GetMapping("/sessions/{id}/attendance")
    @Operation(summary = "A session's attendance list: who registered, who is waitlisted, who came")
    @ApiResponse(responseCode = "404", description = "No such session (NOT_FOUND)")
    AttendanceResponse attendance(@PathVariable long id) {
        return AttendanceResponse.of(registrations.attendance(id, false));
    }

    @GetMapping("/registrations/{id}/ticket.png")
    @Operation(summary = "The registration's signed QR ticket as a PNG, size pixels square; it carries ids and an "
            + "expiry, nothing personal")
    @ApiResponse(responseCode = "200", description = "The QR code", content = @Content(mediaType = "image/png"))
    @ApiResponse(responseCode = "404", description = NOT_FOUND)
    @ApiResponse(responseCode = "422", description = NOT_ADMITTED)
    ResponseEntity<byte[]> png(@PathVariable long id,
                               @RequestParam(defaultValue = "512") @Min(64) @Max(2048) int size) {
        var token = ticketOf(id);
        return image(MediaType.IMAGE_PNG, tickets.png(token, size));
    }

    @GetMapping("/registrations/{id}/ticket.svg")
    @Operation(summary = "The registration's signed QR ticket as SVG, sharp at any print size")
    @ApiResponse(responseCode = "200", description = "The QR code", content = @Content(mediaType = "image/svg+xml"))
    @ApiResponse(responseCode = "404", description = NOT_FOUND)
    @ApiResponse(responseCode = "422", description = NOT_ADMITTED)
    ResponseEntity<byte[]> svg(@PathVariable long id) {
        var token = ticketOf(id);
        return image(MediaType.valueOf("image/svg+xml"), tickets.svg(token).getBytes(StandardCharsets.UTF_8));
    }

    /** The access check comes first: the ticket service answers for any id. */
    private String ticketOf(long registrationId) {
        registrations.checkMayRead(registrationId);
        try {
            return tickets.registrationToken(registrationId);
        } catch (DomainException e) {
            if (e.code().equals("TICKET_REVOKED")) {
                throw new DomainException("TICKET_NOT_ADMITTED");
            }
            throw e;
        }
    }

    private static ResponseEntity<byte[]> image(MediaType type, byte[] bytes) {
        return ResponseEntity.ok().contentType(type).cacheControl(CacheControl.noStore()).body(bytes);
    }
}
