package org.servicecentre.centre.web;

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
import org.servicecentre.centre.CentreLevel;
import org.servicecentre.centre.CentreService;
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

/** Centres over the API, within the caller's scope; admins create them, admins and their managers edit them. */
@RestController
@RequestMapping("/api/v1/centres")
@Tag(name = "Centres", description = "Party Mass Service Centres (党群服务中心)")
class CentreController {

    private final CentreService centres;

    CentreController(CentreService centres) {
        this.centres = centres;
    }

    @GetMapping
    @Operation(summary = "List the centres the caller may see, filtered by text (name or code) and level")
    ListPage<CentreResponse> list(
            @RequestParam(required = false) @Size(max = 100) @Parameter(description = "Text in the name or code") String q,
            @RequestParam(required = false) CentreLevel level,
            @RequestParam(defaultValue = "0") @Min(0) int offset,
            @RequestParam(defaultValue = DEFAULT_LIMIT) @Min(1) @Max(MAX_LIMIT) int limit) {
        var items = centres.list(q, level, offset, limit).stream()
                .map(CentreResponse::of).toList();
        return new ListPage<>(items, centres.count(q, level), offset, limit);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One centre")
    @ApiResponse(responseCode = "404", description = "No such centre (NOT_FOUND)")
    CentreResponse get(@PathVariable long id) {
        return CentreResponse.of(centres.get(id));
    }

    @PostMapping
    @Operation(summary = "Create a centre (admins)")
    @ApiResponse(responseCode = "201", description = "Created; Location names the new centre")
    @ApiResponse(responseCode = "404", description = "No such region (NOT_FOUND)")
    @ApiResponse(responseCode = "409", description = "The code is taken (DUPLICATE_CODE)")
    @ApiResponse(responseCode = "422", description = "The region's level does not fit the centre's (CENTRE_REGION_LEVEL)")
    ResponseEntity<CentreResponse> create(@Valid @RequestBody CentreRequest body) {
        var created = centres.create(body.toDraft());
        var location = ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}").buildAndExpand(created.id());
        return ResponseEntity.created(location.toUri()).body(CentreResponse.of(created));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Edit a centre (admins and the centre's managers); code, level and region cannot change")
    @ApiResponse(responseCode = "404", description = "No such centre (NOT_FOUND)")
    @ApiResponse(responseCode = "422", description = "Code, level or region differ (CENTRE_STRUCTURE_IMMUTABLE)")
    CentreResponse update(@PathVariable long id, @Valid @RequestBody CentreRequest body) {
        return CentreResponse.of(centres.update(id, body.toDraft()));
    }
}
