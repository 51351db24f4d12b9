package org.servicecentre.programme.web;

import static org.servicecentre.shared.web.ListPage.DEFAULT_LIMIT;
import static org.servicecentre.shared.web.ListPage.MAX_LIMIT;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.servicecentre.programme.PublicRegistrations;
import org.servicecentre.shared.web.ListPage;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public listing of programmes, without a token, for residents' apps and community websites. Signing up stays
 * on the public web page, which protects itself against automation.
 */
@RestController
@RequestMapping("/api/v1/public/programmes")
@Tag(name = "Public programmes", description = "Programmes open to the public, without signing in")
class PublicProgrammeController {

    private final PublicRegistrations registrations;

    PublicProgrammeController(PublicRegistrations registrations) {
        this.registrations = registrations;
    }

    @GetMapping
    @SecurityRequirements
    @Operation(summary = "Public programmes with sessions to come, each with those sessions and their free places; "
            + "invitation-only programmes are not listed")
    ListPage<PublicProgrammeResponse> list(@RequestParam(defaultValue = "0") @Min(0) int offset,
                                           @RequestParam(defaultValue = DEFAULT_LIMIT) @Min(1) @Max(MAX_LIMIT)
                                           int limit) {
        var items = registrations.listing(offset, limit).stream().map(PublicProgrammeResponse::of).toList();
        // the public listing is short (one district's open programmes); counting the rest keeps total exact
        long total = offset + items.size() + (items.size() < limit ? 0 : registrations.listing(offset + limit,
                MAX_LIMIT).size());
        return new ListPage<>(items, total, offset, limit);
    }

    @GetMapping("/{code}")
    @SecurityRequirements
    @Operation(summary = "One programme by the code of its public page (also invitation-only ones: the code is the "
            + "invitation)")
    @ApiResponse(responseCode = "404", description = "No such programme, or archived (NOT_FOUND)")
    PublicProgrammeResponse get(@PathVariable String code) {
        return PublicProgrammeResponse.of(registrations.programme(code));
    }
}
