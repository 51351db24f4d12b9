package org.servicecentre.booking.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.OffsetDateTime;
import java.util.List;
import org.servicecentre.booking.BookingQueries;
import org.servicecentre.centre.CentreService;
import org.servicecentre.centre.OpeningHoursService;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** What is booked in a centre or a room between two times; other organisations' bookings show NGO staff only busy. */
@RestController
@Tag(name = "Booking calendar", description = "Bookings of a centre or a room over a span of up to 45 days")
class BookingCalendarController {

    private static final String SPAN = "to is not after from, or the span is over 45 days (CALENDAR_SPAN)";

    private final BookingQueries queries;
    private final CentreService centres;
    private final OpeningHoursService hours;

    BookingCalendarController(BookingQueries queries, CentreService centres, OpeningHoursService hours) {
        this.queries = queries;
        this.centres = centres;
        this.hours = hours;
    }

    @GetMapping("/api/v1/centres/{id}/calendar")
    @Operation(summary = "Bookings of all the centre's rooms that meet [from, to), in the centre's offset")
    @ApiResponse(responseCode = "404", description = "No such centre (NOT_FOUND)")
    @ApiResponse(responseCode = "422", description = SPAN)
    List<CalendarEntryResponse> ofCentre(@PathVariable long id,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
            @Parameter(example = "2027-03-01T00:00:00+08:00") OffsetDateTime from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
            @Parameter(example = "2027-03-08T00:00:00+08:00") OffsetDateTime to) {
        var entries = queries.calendarOfCentre(id, from.toInstant(), to.toInstant());
        var zone = centres.get(id).timeZone();
        return entries.stream().map(e -> CalendarEntryResponse.of(e, zone)).toList();
    }

    @GetMapping("/api/v1/rooms/{id}/calendar")
    @Operation(summary = "Bookings of one room that meet [from, to), in its centre's offset")
    @ApiResponse(responseCode = "404", description = "No such room (NOT_FOUND)")
    @ApiResponse(responseCode = "422", description = SPAN)
    List<CalendarEntryResponse> ofRoom(@PathVariable long id,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
            @Parameter(example = "2027-03-01T00:00:00+08:00") OffsetDateTime from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
            @Parameter(example = "2027-03-31T00:00:00+08:00") OffsetDateTime to) {
        var entries = queries.calendarOfRoom(id, from.toInstant(), to.toInstant());
        var zone = hours.zoneOfRoom(id);
        return entries.stream().map(e -> CalendarEntryResponse.of(e, zone)).toList();
    }
}
