package org.servicecentre.centre.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.servicecentre.centre.OpeningHoursService;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** When a room is open: its centre's hours minus closures of the centre and of the room. */
@RestController
@Tag(name = "Opening hours")
class OpenIntervalController {

    private final OpeningHoursService hours;

    OpenIntervalController(OpeningHoursService hours) {
        this.hours = hours;
    }

    @GetMapping("/api/v1/rooms/{id}/open-intervals")
    @Operation(summary = "The merged open intervals of a room between two dates (inclusive, in the centre's zone); "
            + "hours and closures only, not bookings")
    @ApiResponse(responseCode = "400", description = "A date is not YYYY-MM-DD (MALFORMED_REQUEST)")
    @ApiResponse(responseCode = "404", description = "No such room (NOT_FOUND)")
    @ApiResponse(responseCode = "422", description = "to is before from (HOURS_DATES_REVERSED) or the span is over "
            + OpeningHoursService.MAX_SPAN_DAYS + " days (HOURS_SPAN_TOO_LONG)")
    OpenIntervalsResponse openIntervals(@PathVariable long id,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Parameter(example = "2027-01-04") LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Parameter(example = "2027-01-10") LocalDate to) {
        var intervals = hours.openIntervals(id, from, to);
        return OpenIntervalsResponse.of(id, hours.zoneOfRoom(id), from, to, intervals);
    }
}
