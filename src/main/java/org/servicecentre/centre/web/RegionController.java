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
import org.servicecentre.centre.RegionLevel;
import org.servicecentre.centre.RegionService;
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

/** Regions over the API: everyone signed in reads them (officers list their own region and below); admins keep them. */
@RestController
@RequestMapping("/api/v1/regions")
@Tag(name = "Regions", description = "City > district > street > shequ")
class RegionController {

    private final RegionService regions;

    RegionController(RegionService regions) {
        this.regions = regions;
    }

    @GetMapping
    @Operation(summary = "List regions, filtered by text (name or code) and level")
    ListPage<RegionResponse> list(
            @RequestParam(required = false) @Size(max = 100) @Parameter(description = "Text in the name or code") String q,
            @RequestParam(required = false) RegionLevel level,
            @RequestParam(defaultValue = "0") @Min(0) int offset,
            @RequestParam(defaultValue = DEFAULT_LIMIT) @Min(1) @Max(MAX_LIMIT) int limit) {
        var items = regions.list(q, level, offset, limit).stream()
                .map(RegionResponse::of).toList();
        return new ListPage<>(items, regions.count(q, level), offset, limit);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One region")
    @ApiResponse(responseCode = "404", description = "No such region (NOT_FOUND)")
    RegionResponse get(@PathVariable long id) {
        return RegionResponse.of(regions.get(id));
    }

    @PostMapping
    @Operation(summary = "Create a region (admins)")
    @ApiResponse(responseCode = "201", description = "Created; Location names the new region")
    @ApiResponse(responseCode = "409", description = "The code is taken (DUPLICATE_CODE)")
    @ApiResponse(responseCode = "422", description = "The parent does not fit the level (REGION_PARENT_LEVEL, REGION_PARENT_REQUIRED)")
    ResponseEntity<RegionResponse> create(@Valid @RequestBody RegionRequest body) {
        var created = regions.create(body.toDraft());
        var location = ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}").buildAndExpand(created.id());
        return ResponseEntity.created(location.toUri()).body(RegionResponse.of(created));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Rename a region (admins); code, level and parent cannot change")
    @ApiResponse(responseCode = "404", description = "No such region (NOT_FOUND)")
    @ApiResponse(responseCode = "422", description = "Code, level or parent differ (REGION_STRUCTURE_IMMUTABLE)")
    RegionResponse update(@PathVariable long id, @Valid @RequestBody RegionRequest body) {
        return RegionResponse.of(regions.update(id, body.toDraft()));
    }
}
