package org.servicecentre.programme.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.servicecentre.booking.SeriesDraft;
import org.servicecentre.programme.SessionService;
import org.servicecentre.shared.DomainException;
import org.servicecentre.shared.TranslationProvider;
import org.servicecentre.shared.web.ApiProblems;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Sessions of programmes over the API: list a programme's sessions, add one (in a room booked with it, at an
 * outside location, or in an existing booking) or a recurring series in a room, read one, cancel one.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Programme sessions", description = "When and where a programme meets; cancelling tells the registrants")
class SessionController {

    private static final String ROOM_REFUSED = "The programme is archived (PROGRAMME_ARCHIVED), the times are wrong "
            + "(SESSION_END_BEFORE_START, SESSION_IN_PAST), no bookingId for BOOKING (SESSION_BOOKING_REQUIRED), the "
            + "booking is another organisation's (SESSION_BOOKING_OTHER_ORGANISATION) or a booking rule refuses the room "
            + "(BOOKING_OUTSIDE_HOURS, BOOKING_ROOM_CLOSED, RULE_NOTICE...)";

    private final SessionService sessions;
    private final TranslationProvider translations;

    SessionController(SessionService sessions, TranslationProvider translations) {
        this.sessions = sessions;
        this.translations = translations;
    }

    @GetMapping("/programmes/{id}/sessions")
    @Operation(summary = "Every session of a programme, earliest first")
    @ApiResponse(responseCode = "404", description = "No such programme (NOT_FOUND)")
    List<SessionResponse> list(@PathVariable long id) {
        return sessions.list(id).stream().map(SessionResponse::of).toList();
    }

    @PostMapping("/programmes/{id}/sessions")
    @Operation(summary = "Add a session: ROOM books the room for the programme's organisation, OUTSIDE is held at a "
            + "location outside the centres, BOOKING is held in a booking the organisation already has")
    @ApiResponse(responseCode = "201", description = "Added; Location names the new session")
    @ApiResponse(responseCode = "404", description = "No such programme, room or booking (NOT_FOUND)")
    @ApiResponse(responseCode = "409", description = "The room is taken then (BOOKING_SLOT_TAKEN), or the booking "
            + "already holds a session (SESSION_BOOKING_TAKEN)")
    @ApiResponse(responseCode = "422", description = ROOM_REFUSED)
    ResponseEntity<SessionResponse> add(@PathVariable long id, @Valid @RequestBody SessionRequest body) {
        var added = switch (body.kind()) {
            case ROOM -> sessions.addInRoom(id, body.toRoomDraft());
            case OUTSIDE -> sessions.addOutside(id, body.toOutsideDraft());
            case BOOKING -> {
                if (body.bookingId() == null) {
                    throw new DomainException("SESSION_BOOKING_REQUIRED");
                }
                yield sessions.addFromBooking(id, body.bookingId());
            }
        };
        var location = ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/v1/sessions/{id}")
                .buildAndExpand(added.id());
        return ResponseEntity.created(location.toUri()).body(SessionResponse.of(added));
    }

    @PostMapping("/programmes/{id}/session-series")
    @Operation(summary = "Book every occurrence of a recurring rule in a room and hold a session in each; occurrences "
            + "that cannot be booked are skipped and listed with the reason in the request's language")
    @ApiResponse(responseCode = "201", description = "Created; the sessions held and the occurrences skipped")
    @ApiResponse(responseCode = "404", description = "No such programme or room (NOT_FOUND)")
    @ApiResponse(responseCode = "422", description = "A bad rule (RRULE_INVALID, RRULE_UNSUPPORTED, RRULE_UNBOUNDED, "
            + "RRULE_TOO_MANY, SERIES_ZONE_INVALID), no occurrence can be booked (SERIES_NOTHING_BOOKABLE) or the "
            + "programme is archived (PROGRAMME_ARCHIVED)")
    ResponseEntity<SessionSeriesResponse> addSeries(@PathVariable long id, @Valid @RequestBody SessionSeriesRequest body,
                                                    HttpServletRequest request) {
        SeriesDraft draft = body.toDraft();
        var result = sessions.addSeries(id, draft);
        var locale = ApiProblems.localeOf(request);
        ZoneId zone = result.created().isEmpty()
                ? (draft.getZone() == null ? ZoneOffset.UTC : draft.getZone())
                : result.created().getFirst().zone();
        var response = new SessionSeriesResponse(result.created().stream().map(SessionResponse::of).toList(),
                result.skipped().stream().map(o -> SessionSeriesResponse.Skipped.of(o, zone, translations, locale))
                        .toList());
        return ResponseEntity.status(201).body(response);
    }

    @GetMapping("/sessions/{id}")
    @Operation(summary = "One session with its places taken and free")
    @ApiResponse(responseCode = "404", description = "No such session (NOT_FOUND)")
    SessionResponse get(@PathVariable long id) {
        return SessionResponse.of(sessions.get(id));
    }

    @PostMapping("/sessions/{id}/cancel")
    @Operation(summary = "Cancel a session: its registrants are told (with the reason) and its room booking is "
            + "cancelled")
    @ApiResponse(responseCode = "404", description = "No such session (NOT_FOUND)")
    @ApiResponse(responseCode = "422", description = "Already cancelled (SESSION_ALREADY_CANCELLED) or the programme "
            + "is archived (PROGRAMME_ARCHIVED)")
    SessionResponse cancel(@PathVariable long id, @Valid @RequestBody(required = false) ReasonRequest body) {
        return SessionResponse.of(sessions.cancel(id, body == null ? null : body.reason()));
    }
}
