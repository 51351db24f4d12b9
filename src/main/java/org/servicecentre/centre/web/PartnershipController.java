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
import org.servicecentre.centre.PartnershipService;
import org.servicecentre.shared.web.ListPage;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Which organisation may book where, over the API: admins any target, managers their own centres. */
@RestController
@RequestMapping("/api/v1/partnerships")
@Tag(name = "Partnerships", description = "Which organisation may book rooms in which centre or alliance")
class PartnershipController {

    private final PartnershipService partnerships;

    PartnershipController(PartnershipService partnerships) {
        this.partnerships = partnerships;
    }

    @GetMapping
    @Operation(summary = "List the partnerships the caller may see, filtered by organisation, centre (directly or "
            + "through an active alliance it belongs to) and alliance")
    ListPage<PartnershipResponse> list(
            @RequestParam(required = false) @Parameter(description = "Organisation id") Long organisation,
            @RequestParam(required = false) @Parameter(description = "Centre id") Long centre,
            @RequestParam(required = false) @Parameter(description = "Alliance id") Long alliance,
            @RequestParam(defaultValue = "0") @Min(0) int offset,
            @RequestParam(defaultValue = DEFAULT_LIMIT) @Min(1) @Max(MAX_LIMIT) int limit) {
        var items = partnerships.list(organisation, centre, alliance, offset, limit).stream()
                .map(PartnershipResponse::of).toList();
        return new ListPage<>(items, partnerships.count(organisation, centre, alliance), offset, limit);
    }

    @PostMapping
    @Operation(summary = "Let an organisation book in a centre (admins; a centre's managers) or an alliance (admins)")
    @ApiResponse(responseCode = "201", description = "Created")
    @ApiResponse(responseCode = "404", description = "No such organisation, centre or alliance (NOT_FOUND)")
    @ApiResponse(responseCode = "409", description = "The organisation may already book there (DUPLICATE_PARTNERSHIP)")
    @ApiResponse(responseCode = "422", description = "Not exactly one target (PARTNERSHIP_ONE_TARGET), or the "
            + "alliance is archived (ALLIANCE_ARCHIVED)")
    ResponseEntity<PartnershipResponse> create(@Valid @RequestBody PartnershipRequest body) {
        var created = partnerships.create(body.toDraft());
        var location = ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}").buildAndExpand(created.id());
        return ResponseEntity.created(location.toUri()).body(PartnershipResponse.of(created));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Remove a partnership (admins; a centre's managers for their centre's)")
    @ApiResponse(responseCode = "204", description = "Removed")
    @ApiResponse(responseCode = "404", description = "No such partnership (NOT_FOUND)")
    ResponseEntity<Void> remove(@PathVariable long id) {
        partnerships.remove(id);
        return ResponseEntity.noContent().build();
    }
}
