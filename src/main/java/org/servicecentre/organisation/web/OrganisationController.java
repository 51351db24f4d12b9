package org.servicecentre.organisation.web;

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
import org.servicecentre.organisation.OrganisationKind;
import org.servicecentre.organisation.OrganisationService;
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

/** Organisations over the API, within the caller's scope (NGO staff see only their own); admins keep them. */
@RestController
@RequestMapping("/api/v1/organisations")
@Tag(name = "Organisations", description = "NGOs, volunteer teams, Party branches, residents' committees, departments")
class OrganisationController {

    private final OrganisationService organisations;

    OrganisationController(OrganisationService organisations) {
        this.organisations = organisations;
    }

    @GetMapping
    @Operation(summary = "List the organisations the caller may see, filtered by text (name or code) and kind")
    ListPage<OrganisationResponse> list(
            @RequestParam(required = false) @Size(max = 100) @Parameter(description = "Text in the name or code") String q,
            @RequestParam(required = false) OrganisationKind kind,
            @RequestParam(defaultValue = "0") @Min(0) int offset,
            @RequestParam(defaultValue = DEFAULT_LIMIT) @Min(1) @Max(MAX_LIMIT) int limit) {
        var items = organisations.list(q, kind, offset, limit).stream()
                .map(OrganisationResponse::of).toList();
        return new ListPage<>(items, organisations.count(q, kind), offset, limit);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One organisation")
    @ApiResponse(responseCode = "404", description = "No such organisation (NOT_FOUND)")
    OrganisationResponse get(@PathVariable long id) {
        return OrganisationResponse.of(organisations.get(id));
    }

    @PostMapping
    @Operation(summary = "Create an organisation (admins)")
    @ApiResponse(responseCode = "201", description = "Created; Location names the new organisation")
    @ApiResponse(responseCode = "404", description = "No such region (NOT_FOUND)")
    @ApiResponse(responseCode = "409", description = "The code is taken (DUPLICATE_CODE)")
    ResponseEntity<OrganisationResponse> create(@Valid @RequestBody OrganisationRequest body) {
        var created = organisations.create(body.toDraft());
        var location = ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}").buildAndExpand(created.id());
        return ResponseEntity.created(location.toUri()).body(OrganisationResponse.of(created));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Edit an organisation (admins); the code cannot change")
    @ApiResponse(responseCode = "404", description = "No such organisation or region (NOT_FOUND)")
    @ApiResponse(responseCode = "422", description = "The code differs (CODE_IMMUTABLE)")
    OrganisationResponse update(@PathVariable long id, @Valid @RequestBody OrganisationRequest body) {
        return OrganisationResponse.of(organisations.update(id, body.toDraft()));
    }
}
