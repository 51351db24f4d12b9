package org.servicecentre.programme.web;

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
import org.servicecentre.programme.ProgrammeService;
import org.servicecentre.shared.web.ListPage;
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

/** Programmes over the API: list, read, create, change, archive and restore (NGO staff of its organisation, admins). */
@RestController
@RequestMapping("/api/v1/programmes")
@Tag(name = "Programmes", description = "Programmes (项目/活动) run by organisations for residents")
class ProgrammeController {

    private static final String REFUSED = "A rule refuses it: PROGRAMME_CAPACITY_REQUIRED, PROGRAMME_WINDOW_INVALID, "
            + "PROGRAMME_ORGANISATION_REQUIRED";

    private final ProgrammeService programmes;

    ProgrammeController(ProgrammeService programmes) {
        this.programmes = programmes;
    }

    @GetMapping
    @Operation(summary = "The programmes the caller may see (NGO staff: their organisation's; managers and officers: "
            + "those with sessions in their centres), archived last, newest first")
    ListPage<ProgrammeResponse> list(
            @RequestParam(required = false) @Size(max = 100) @Parameter(description = "Text in the title") String q,
            @RequestParam(defaultValue = "false") @Parameter(description = "Include archived programmes")
            boolean archived,
            @RequestParam(defaultValue = "0") @Min(0) int offset,
            @RequestParam(defaultValue = DEFAULT_LIMIT) @Min(1) @Max(MAX_LIMIT) int limit) {
        var items = programmes.list(q, archived, offset, limit).stream().map(ProgrammeResponse::of).toList();
        return new ListPage<>(items, programmes.count(q, archived), offset, limit);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One programme")
    @ApiResponse(responseCode = "404", description = "No such programme (NOT_FOUND)")
    ProgrammeResponse get(@PathVariable long id) {
        return ProgrammeResponse.of(programmes.get(id));
    }

    @PostMapping
    @Operation(summary = "Create a programme (NGO staff for their organisation, admins for any)")
    @ApiResponse(responseCode = "201", description = "Created; Location names the new programme")
    @ApiResponse(responseCode = "422", description = REFUSED)
    ResponseEntity<ProgrammeResponse> create(@Valid @RequestBody ProgrammeRequest body) {
        var created = programmes.create(body.toDraft());
        var location = ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}").buildAndExpand(created.id());
        return ResponseEntity.created(location.toUri()).body(ProgrammeResponse.of(created));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change a programme; more places move waitlisted residents up at once, in order")
    @ApiResponse(responseCode = "404", description = "No such programme (NOT_FOUND)")
    @ApiResponse(responseCode = "422", description = REFUSED + ", PROGRAMME_MODE_LOCKED")
    ProgrammeResponse update(@PathVariable long id, @Valid @RequestBody ProgrammeRequest body) {
        return ProgrammeResponse.of(programmes.update(id, body.toDraft()));
    }

    @PostMapping("/{id}/archive")
    @Operation(summary = "Archive a programme: it leaves the lists and its public page; sessions can no longer be added")
    @ApiResponse(responseCode = "404", description = "No such programme (NOT_FOUND)")
    ProgrammeResponse archive(@PathVariable long id) {
        return ProgrammeResponse.of(programmes.archive(id, true));
    }

    @PostMapping("/{id}/restore")
    @Operation(summary = "Bring an archived programme back")
    @ApiResponse(responseCode = "404", description = "No such programme (NOT_FOUND)")
    ProgrammeResponse restore(@PathVariable long id) {
        return ProgrammeResponse.of(programmes.archive(id, false));
    }
}
