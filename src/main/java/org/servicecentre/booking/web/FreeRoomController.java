package org.servicecentre.booking.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.servicecentre.booking.FreeRoomQuery;
import org.servicecentre.booking.FreeRoomSearch;
import org.servicecentre.booking.TimeSlot;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Rooms free for a whole slot or pattern: open, not closed, not held by a booking (buffers included). */
@RestController
@Tag(name = "Free-room search", description = "Rooms free for a time or a pattern, smallest that fits first")
class FreeRoomController {

    private static final String REFUSED = "No slot or more than 200 (SEARCH_SLOTS), or an end not after its start "
            + "(BOOKING_END_BEFORE_START)";

    private final FreeRoomSearch search;

    FreeRoomController(FreeRoomSearch search) {
        this.search = search;
    }

    @GetMapping("/api/v1/free-rooms")
    @Operation(summary = "Rooms free for [start, end), smallest that fits first; without centreId every centre the "
            + "caller may book in")
    @ApiResponse(responseCode = "422", description = REFUSED)
    List<FreeRoomResponse> find(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
            @Parameter(example = "2027-03-02T16:30:00+08:00") OffsetDateTime start,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
            @Parameter(example = "2027-03-02T18:00:00+08:00") OffsetDateTime end,
            @RequestParam(required = false) @Min(1) @Max(10_000) @Parameter(description = "Minimum capacity")
            Integer minCapacity,
            @RequestParam(required = false) @Parameter(description = "Amenity code the room must have; repeat for more")
            List<String> amenity,
            @RequestParam(required = false) @Parameter(description = "Only this centre") Long centreId) {
        var query = new FreeRoomQuery(List.of(new TimeSlot(start.toInstant(), end.toInstant())), minCapacity,
                amenity == null ? Set.of() : Set.copyOf(amenity), centreId);
        return search.search(query).stream().map(FreeRoomResponse::of).toList();
    }

    @PostMapping("/api/v1/free-rooms/search")
    @Operation(summary = "Rooms free for every one of several slots (for a weekly pattern, say), smallest first")
    @ApiResponse(responseCode = "422", description = REFUSED)
    List<FreeRoomResponse> search(@Valid @RequestBody FreeRoomSearchRequest body) {
        return search.search(body.toQuery()).stream().map(FreeRoomResponse::of).toList();
    }
}
