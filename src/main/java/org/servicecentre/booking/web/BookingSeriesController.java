package org.servicecentre.booking.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.List;
import org.servicecentre.booking.BookingSeriesService;
import org.servicecentre.booking.BookingSummary;
import org.servicecentre.booking.ConflictPolicy;
import org.servicecentre.booking.SeriesConflictsException;
import org.servicecentre.shared.TranslationProvider;
import org.servicecentre.shared.web.ApiProblems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Recurring bookings over the API: preview every occurrence with its conflicts, create skipping or failing on them,
 * read a series, and change or cancel one occurrence, it and the following ones, or all not yet started.
 */
@RestController
@RequestMapping("/api/v1/booking-series")
@Tag(name = "Booking series", description = "Recurring bookings (RFC 5545 RRULE) and their occurrences")
class BookingSeriesController {

    private final BookingSeriesService series;
    private final TranslationProvider translations;
    private final ApiProblems problems;

    BookingSeriesController(BookingSeriesService series, TranslationProvider translations, ApiProblems problems) {
        this.series = series;
        this.translations = translations;
        this.problems = problems;
    }

    @PostMapping("/preview")
    @Operation(summary = "Every occurrence a rule gives from the first one, each with a conflict flag, the code and "
            + "the reason in the request's language (a booking, a closure, opening hours, a rule); writes nothing")
    @ApiResponse(responseCode = "422", description = "A malformed or unsupported rule (RRULE_INVALID, "
            + "RRULE_UNSUPPORTED), one without UNTIL or COUNT (RRULE_UNBOUNDED), more occurrences than the cap "
            + "(RRULE_TOO_MANY), or none at all (SERIES_EMPTY)")
    SeriesPreviewResponse preview(@Valid @RequestBody SeriesRequest body, HttpServletRequest request) {
        var preview = series.preview(body.toDraft(true));
        return SeriesPreviewResponse.of(preview, translations, ApiProblems.localeOf(request));
    }

    @PostMapping
    @Operation(summary = "Create the series and book its occurrences; onConflict SKIP books the others and lists the "
            + "skipped ones with their reasons, FAIL (the default) books nothing if any occurrence has a problem")
    @ApiResponse(responseCode = "201", description = "Created; Location names the series")
    @ApiResponse(responseCode = "409", description = "FAIL and some occurrences cannot be booked "
            + "(SERIES_HAS_CONFLICTS), or an occurrence was just taken (BOOKING_SLOT_JUST_TAKEN)")
    @ApiResponse(responseCode = "422", description = "A bad rule (as for the preview) or no occurrence can be booked "
            + "(SERIES_NOTHING_BOOKABLE)")
    ResponseEntity<SeriesCreatedResponse> create(@Valid @RequestBody SeriesRequest body, HttpServletRequest request) {
        var policy = body.onConflict() == null ? ConflictPolicy.FAIL : body.onConflict();
        var result = series.create(body.toDraft(false), policy);
        var locale = ApiProblems.localeOf(request);
        var zone = result.series().zone();
        var response = new SeriesCreatedResponse(SeriesResponse.of(result.series()),
                result.created().stream().map(SeriesBookingJson::of).toList(),
                result.skipped().stream().map(o -> SeriesOccurrenceJson.of(o, zone, translations, locale)).toList());
        var location = ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}")
                .buildAndExpand(result.series().id());
        return ResponseEntity.created(location.toUri()).body(response);
    }

    @GetMapping("/{id}")
    @Operation(summary = "A series with all its bookings (NGO staff: their own organisation's only)")
    @ApiResponse(responseCode = "404", description = "No such series (NOT_FOUND)")
    SeriesResponse get(@PathVariable long id) {
        return SeriesResponse.of(series.get(id));
    }

    @PostMapping("/occurrences/{bookingId}/cancel")
    @Operation(summary = "Cancel this occurrence (ONE), it and the later ones (FOLLOWING) or every occurrence not yet "
            + "started (ALL); all or nothing")
    @ApiResponse(responseCode = "422", description = "An occurrence cannot be cancelled (e.g. RULE_CANCEL_CUTOFF); "
            + "nothing was cancelled")
    OccurrencesResponse cancel(@PathVariable long bookingId, @Valid @RequestBody OccurrenceCancelRequest body) {
        return response(series.cancel(bookingId, body.scope(), body.reason()));
    }

    @PutMapping("/occurrences/{bookingId}")
    @Operation(summary = "Move this occurrence (ONE), it and the later ones (FOLLOWING) or every occurrence not yet "
            + "started (ALL) to new wall-clock times on their own dates; all or nothing")
    @ApiResponse(responseCode = "409", description = "An occurrence would overlap another booking (BOOKING_SLOT_TAKEN, "
            + "naming it); nothing was changed")
    @ApiResponse(responseCode = "422", description = "An occurrence cannot move for another reason (closure, hours, "
            + "a rule); nothing was changed")
    OccurrencesResponse change(@PathVariable long bookingId, @Valid @RequestBody OccurrenceChangeRequest body) {
        return response(series.change(bookingId, body.scope(), body.start(), body.end(), body.purpose(),
                body.expectedAttendance()));
    }

    /** A series refused as a whole for its conflicts is a clash with existing bookings: 409, like a taken slot. */
    @ExceptionHandler(SeriesConflictsException.class)
    ResponseEntity<ProblemDetail> conflicts(SeriesConflictsException e, HttpServletRequest request) {
        var problem = problems.problem(request, HttpStatus.CONFLICT, e.code(), e.translationKey(), e.arguments());
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    private static OccurrencesResponse response(List<BookingSummary> bookings) {
        return new OccurrencesResponse(bookings.stream().map(SeriesBookingJson::of).toList());
    }
}
