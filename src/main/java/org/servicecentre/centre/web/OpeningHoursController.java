package org.servicecentre.centre.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.servicecentre.centre.CentreService;
import org.servicecentre.centre.OpeningHoursService;
import org.servicecentre.shared.web.ListPage;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** A centre's opening hours and closures; anyone who may see the centre reads them, its editors change them. */
@RestController
@RequestMapping("/api/v1/centres/{id}")
@Tag(name = "Opening hours", description = "Weekly hours, special hours and closures of centres and rooms")
class OpeningHoursController {

    private final OpeningHoursService hours;
    private final CentreService centres;

    OpeningHoursController(OpeningHoursService hours, CentreService centres) {
        this.hours = hours;
        this.centres = centres;
    }

    @GetMapping("/hours")
    @Operation(summary = "The centre's usual week and its coming special hours, in the centre's time zone")
    @ApiResponse(responseCode = "404", description = "No such centre (NOT_FOUND)")
    HoursResponse get(@PathVariable long id) {
        return response(id);
    }

    @PutMapping("/hours")
    @Operation(summary = "Replace the centre's usual week (admins and the centre's managers); left-out days are closed")
    @ApiResponse(responseCode = "422", description = "Ranges of one day overlap (HOURS_OVERLAP) or a range ends "
            + "before it starts (HOURS_RANGE_INVALID)")
    HoursResponse replace(@PathVariable long id, @Valid @RequestBody HoursRequest body) {
        hours.replaceWeeklyHours(id, body.toWeek());
        return response(id);
    }

    @GetMapping("/closures")
    @Operation(summary = "Closures of the centre and its rooms: running and coming (the next first), or past ones")
    ListPage<ClosureResponse> closures(@PathVariable long id,
            @RequestParam(defaultValue = "false") @Parameter(description = "true: closures that have ended, latest first")
            boolean past) {
        var items = hours.closures(id, past).stream().map(ClosureResponse::of).toList();
        return new ListPage<>(items, items.size(), 0, Math.max(items.size(), 1));
    }

    @PostMapping("/closures")
    @Operation(summary = "Close the whole centre, or one of its rooms, for whole days (admins and the centre's managers)")
    @ApiResponse(responseCode = "201", description = "Created; Location names the new closure")
    @ApiResponse(responseCode = "422", description = "The last day is before the first (CLOSURE_DAYS_REVERSED) or "
            + "the room is not in this centre (CLOSURE_ROOM_NOT_IN_CENTRE)")
    ResponseEntity<ClosureResponse> addClosure(@PathVariable long id, @Valid @RequestBody ClosureRequest body) {
        var created = hours.addClosure(id, body.toDraft());
        var location = ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{closureId}")
                .buildAndExpand(created.id());
        return ResponseEntity.created(location.toUri()).body(ClosureResponse.of(created));
    }

    @DeleteMapping("/closures/{closureId}")
    @Operation(summary = "Remove a closure (admins and the centre's managers)")
    @ApiResponse(responseCode = "204", description = "Removed")
    @ApiResponse(responseCode = "404", description = "No such closure in this centre (NOT_FOUND)")
    ResponseEntity<Void> removeClosure(@PathVariable long id, @PathVariable long closureId) {
        hours.removeClosure(id, closureId);
        return ResponseEntity.noContent().build();
    }

    private HoursResponse response(long id) {
        var centre = centres.get(id);
        return HoursResponse.of(id, centre.timeZone().getId(), hours.weeklyHours(id), hours.exceptions(id, false));
    }
}
