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
import org.servicecentre.centre.AllianceService;
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

/** Alliances over the API, within the caller's scope; admins create, change and archive them. */
@RestController
@RequestMapping("/api/v1/alliances")
@Tag(name = "Alliances", description = "Party-building alliances (党建联盟): groups of centres that share rooms")
class AllianceController {

    private final AllianceService alliances;

    AllianceController(AllianceService alliances) {
        this.alliances = alliances;
    }

    @GetMapping
    @Operation(summary = "List the alliances the caller may see (admins all; officers those with a member centre in "
            + "their region; managers those with one of their centres; NGO staff those their organisation is "
            + "partnered with)")
    ListPage<AllianceResponse> list(
            @RequestParam(required = false) @Size(max = 100) @Parameter(description = "Text in the name or code") String q,
            @RequestParam(defaultValue = "0") @Min(0) int offset,
            @RequestParam(defaultValue = DEFAULT_LIMIT) @Min(1) @Max(MAX_LIMIT) int limit) {
        var items = alliances.list(q, offset, limit).stream().map(AllianceResponse::of).toList();
        return new ListPage<>(items, alliances.count(q), offset, limit);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One alliance with its member centres")
    @ApiResponse(responseCode = "404", description = "No such alliance (NOT_FOUND)")
    AllianceResponse get(@PathVariable long id) {
        return AllianceResponse.of(alliances.get(id));
    }

    @PostMapping
    @Operation(summary = "Create an alliance (admins)")
    @ApiResponse(responseCode = "201", description = "Created; Location names the new alliance")
    @ApiResponse(responseCode = "404", description = "A member centre does not exist (NOT_FOUND)")
    @ApiResponse(responseCode = "409", description = "The code is taken (DUPLICATE_CODE)")
    ResponseEntity<AllianceResponse> create(@Valid @RequestBody AllianceRequest body) {
        var created = alliances.create(body.toDraft());
        var location = ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}").buildAndExpand(created.id());
        return ResponseEntity.created(location.toUri()).body(AllianceResponse.of(created));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Edit an alliance (admins): name, description, members, active; active=false archives it")
    @ApiResponse(responseCode = "404", description = "No such alliance or member centre (NOT_FOUND)")
    @ApiResponse(responseCode = "422", description = "The code differs (CODE_IMMUTABLE)")
    AllianceResponse update(@PathVariable long id, @Valid @RequestBody AllianceRequest body) {
        return AllianceResponse.of(alliances.update(id, body.toDraft()));
    }
}
