package org.servicecentre.booking.web;

import static org.servicecentre.shared.web.ListPage.DEFAULT_LIMIT;
import static org.servicecentre.shared.web.ListPage.MAX_LIMIT;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.servicecentre.booking.BookingFilter;
import org.servicecentre.booking.BookingQueries;
import org.servicecentre.booking.BookingService;
import org.servicecentre.booking.BookingStatus;
import org.servicecentre.shared.web.ListPage;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Bookings over the API: book, list, change, cancel, and the managers' approval inbox and decisions. */
@RestController
@RequestMapping("/api/v1/bookings")
@Tag(name = "Bookings", description = "Room bookings: create, change, cancel, approve and decline")
class BookingController {

    private static final String CONFLICT = "The room is held by another booking then, set-up and clean-up included "
            + "(BOOKING_SLOT_TAKEN, or BOOKING_SLOT_JUST_TAKEN when another request won a race); the detail names "
            + "the conflicting time";
    private static final String REFUSED = "A rule refuses it, with what would pass: BOOKING_END_BEFORE_START, "
            + "BOOKING_ZERO_LENGTH, BOOKING_IN_PAST, BOOKING_OUTSIDE_HOURS, BOOKING_ROOM_CLOSED, BOOKING_CENTRE_SHUT, "
            + "BOOKING_OVER_CAPACITY, BOOKING_NOT_PARTNER, BOOKING_ROOM_NOT_BOOKABLE, BOOKING_ORGANISATION_REQUIRED, "
            + "RULE_HORIZON, RULE_NOTICE, RULE_MAX_LENGTH, RULE_WEEKLY_QUOTA";

    private final BookingService bookings;
    private final BookingQueries queries;

    BookingController(BookingService bookings, BookingQueries queries) {
        this.bookings = bookings;
        this.queries = queries;
    }

    @PostMapping
    @Operation(summary = "Book a room for [start, end); it is CONFIRMED, or REQUESTED where the room needs approval "
            + "and the caller does not keep the centre")
    @ApiResponse(responseCode = "201", description = "Booked; Location names the new booking")
    @ApiResponse(responseCode = "404", description = "No such room (NOT_FOUND)")
    @ApiResponse(responseCode = "409", description = CONFLICT)
    @ApiResponse(responseCode = "422", description = REFUSED)
    ResponseEntity<BookingResponse> create(@Valid @RequestBody BookingRequest body) {
        var created = bookings.create(body.toDraft());
        var location = ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}").buildAndExpand(created.id());
        return ResponseEntity.created(location.toUri()).body(BookingResponse.of(created));
    }

    @GetMapping
    @Operation(summary = "List the bookings the caller may see (NGO staff: their organisation's), soonest first")
    ListPage<BookingResponse> list(
            @RequestParam(required = false) @Parameter(description = "Centre id") Long centreId,
            @RequestParam(required = false) @Parameter(description = "Room id") Long roomId,
            @RequestParam(required = false) @Parameter(description = "Organisation id (ignored for NGO staff)")
            Long organisationId,
            @RequestParam(required = false) @Parameter(description = "Status; repeat for several, none for all")
            List<BookingStatus> status,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
            @Parameter(description = "Bookings that end after this", example = "2027-03-01T00:00:00+08:00")
            OffsetDateTime from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
            @Parameter(description = "Bookings that start before this", example = "2027-04-01T00:00:00+08:00")
            OffsetDateTime to,
            @RequestParam(required = false) @Size(max = 100) @Parameter(description = "Text in the purpose") String q,
            @RequestParam(defaultValue = "0") @Min(0) int offset,
            @RequestParam(defaultValue = DEFAULT_LIMIT) @Min(1) @Max(MAX_LIMIT) int limit) {
        var filter = new BookingFilter(centreId, roomId, organisationId, status == null ? Set.of() : Set.copyOf(status),
                from == null ? null : from.toInstant(), to == null ? null : to.toInstant(), q);
        var items = queries.list(filter, offset, limit).stream().map(BookingResponse::of).toList();
        return new ListPage<>(items, queries.count(filter), offset, limit);
    }

    @GetMapping("/inbox")
    @Operation(summary = "Requests waiting for a decision in the centres the caller keeps, soonest first "
            + "(managers and admins)")
    ListPage<BookingResponse> inbox(
            @RequestParam(required = false) @Parameter(description = "Only this centre") Long centreId,
            @RequestParam(defaultValue = "0") @Min(0) int offset,
            @RequestParam(defaultValue = DEFAULT_LIMIT) @Min(1) @Max(MAX_LIMIT) int limit) {
        var items = queries.inbox(centreId, offset, limit).stream().map(BookingResponse::of).toList();
        return new ListPage<>(items, queries.inboxCount(centreId), offset, limit);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One booking with its details (not another organisation's, for NGO staff)")
    @ApiResponse(responseCode = "404", description = "No such booking (NOT_FOUND)")
    BookingResponse get(@PathVariable long id) {
        return BookingResponse.of(queries.get(id));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change room, times, purpose or attendance of a booking that holds its room and has not "
            + "started; a move in a room that needs approval goes back to REQUESTED when NGO staff make it")
    @ApiResponse(responseCode = "404", description = "No such booking or room (NOT_FOUND)")
    @ApiResponse(responseCode = "409", description = CONFLICT)
    @ApiResponse(responseCode = "422", description = REFUSED + ", BOOKING_NOT_ACTIVE, BOOKING_ALREADY_STARTED")
    BookingResponse change(@PathVariable long id, @Valid @RequestBody BookingRequest body) {
        return BookingResponse.of(bookings.change(id, body.toDraft()));
    }

    @PostMapping("/{id}/cancel")
    @Operation(summary = "Cancel a booking; NGO staff only up to the centre's cancellation cut-off")
    @ApiResponse(responseCode = "404", description = "No such booking (NOT_FOUND)")
    @ApiResponse(responseCode = "422", description = "BOOKING_NOT_ACTIVE, BOOKING_ALREADY_OVER, RULE_CANCEL_CUTOFF")
    BookingResponse cancel(@PathVariable long id, @Valid @RequestBody(required = false) ReasonRequest body) {
        return BookingResponse.of(bookings.cancel(id, body == null ? null : body.reason()));
    }

    @PostMapping("/{id}/approve")
    @Operation(summary = "Approve a requested booking (the centre's managers and admins)")
    @ApiResponse(responseCode = "404", description = "No such booking (NOT_FOUND)")
    @ApiResponse(responseCode = "422", description = "Not waiting for a decision (BOOKING_NOT_REQUESTED)")
    BookingResponse approve(@PathVariable long id, @Valid @RequestBody(required = false) NoteRequest body) {
        return BookingResponse.of(bookings.approve(id, body == null ? null : body.note()));
    }

    @PostMapping("/{id}/decline")
    @Operation(summary = "Decline a requested booking with a reason the requester reads (the centre's managers and "
            + "admins)")
    @ApiResponse(responseCode = "404", description = "No such booking (NOT_FOUND)")
    @ApiResponse(responseCode = "422", description = "No reason (BOOKING_DECLINE_REASON_REQUIRED) or not waiting for "
            + "a decision (BOOKING_NOT_REQUESTED)")
    BookingResponse decline(@PathVariable long id, @Valid @RequestBody(required = false) ReasonRequest body) {
        return BookingResponse.of(bookings.decline(id, body == null ? null : body.reason()));
    }
}
