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
import org.servicecentre.programme.ConsentSubject;
import org.servicecentre.programme.ResidentService;
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

/**
 * Residents over the API, for NGO staff and admins. Names and phone numbers come masked unless the caller is staff of
 * an organisation the resident registered with; every unmasked answer writes an entry in the personal-data log.
 */
@RestController
@RequestMapping("/api/v1/residents")
@Tag(name = "Residents", description = "Pseudonymous resident records: masked by default, every unmasked view logged")
class ResidentController {

    private static final String NOT_FOUND = "No such resident (NOT_FOUND)";
    private static final String UNMASKED_ONLY = "Only staff who see the resident unmasked may (FORBIDDEN)";

    private final ResidentService residents;

    ResidentController(ResidentService residents) {
        this.residents = residents;
    }

    @GetMapping
    @Operation(summary = "Residents (NGO staff: those who registered with their organisation; admins: all, masked), "
            + "or with phone: the residents with exactly that number, to avoid entering a duplicate")
    @ApiResponse(responseCode = "422", description = "Not a phone number (RESIDENT_PHONE_INVALID)")
    ListPage<ResidentResponse> list(
            @RequestParam(required = false) @Size(max = 30)
            @Parameter(description = "Exact phone number to look for", example = "13812341234") String phone,
            @RequestParam(defaultValue = "0") @Min(0) int offset,
            @RequestParam(defaultValue = DEFAULT_LIMIT) @Min(1) @Max(MAX_LIMIT) int limit) {
        if (phone != null) {
            var found = residents.findByPhone(phone).stream().map(ResidentResponse::of).toList();
            var window = found.stream().skip(offset).limit(limit).toList();
            return new ListPage<>(window, found.size(), offset, limit);
        }
        var items = residents.list(offset, limit).stream().map(ResidentResponse::of).toList();
        return new ListPage<>(items, residents.count(), offset, limit);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One resident with their consents")
    @ApiResponse(responseCode = "403", description = "NGO staff: the resident never registered with the caller's "
            + "organisation (FORBIDDEN)")
    @ApiResponse(responseCode = "404", description = NOT_FOUND)
    @ApiResponse(responseCode = "422", description = "Merged into another record (RESIDENT_MERGED)")
    ResidentResponse get(@PathVariable long id) {
        return ResidentResponse.of(residents.get(id));
    }

    @PostMapping
    @Operation(summary = "Enter a resident; a name, phone or target groups need consent (recorded with who took it)")
    @ApiResponse(responseCode = "201", description = "Entered; Location names the new resident")
    @ApiResponse(responseCode = "422", description = "Personal data without consent (RESIDENT_CONSENT_REQUIRED) or "
            + "invalid fields (VALIDATION_FAILED)")
    ResponseEntity<ResidentResponse> create(@Valid @RequestBody ResidentRequest body) {
        var created = residents.create(body.toDraft());
        var location = ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}").buildAndExpand(created.id());
        return ResponseEntity.created(location.toUri()).body(ResidentResponse.of(created));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change what is kept (NGO staff who see the resident unmasked)")
    @ApiResponse(responseCode = "403", description = UNMASKED_ONLY)
    @ApiResponse(responseCode = "404", description = NOT_FOUND)
    @ApiResponse(responseCode = "422", description = "Personal data without consent (RESIDENT_CONSENT_REQUIRED)")
    ResidentResponse update(@PathVariable long id, @Valid @RequestBody ResidentRequest body) {
        return ResidentResponse.of(residents.update(id, body.toDraft()));
    }

    @PostMapping("/{id}/merge")
    @Operation(summary = "Merge a duplicate into this resident: registrations, attendance, cards and consents move "
            + "over; the duplicate keeps only a pointer")
    @ApiResponse(responseCode = "403", description = UNMASKED_ONLY)
    @ApiResponse(responseCode = "404", description = NOT_FOUND)
    @ApiResponse(responseCode = "422", description = "The same record twice (RESIDENT_MERGE_SAME) or one already "
            + "merged (RESIDENT_MERGED)")
    ResidentResponse merge(@PathVariable long id, @Valid @RequestBody MergeRequest body) {
        return ResidentResponse.of(residents.merge(id, body.duplicateId()));
    }

    @PostMapping("/{id}/consents/{subject}/withdraw")
    @Operation(summary = "Withdraw a consent (NAME, PHONE, TARGET_GROUPS or CARD_NAME): what it covered is erased at "
            + "once")
    @ApiResponse(responseCode = "403", description = UNMASKED_ONLY)
    @ApiResponse(responseCode = "404", description = NOT_FOUND)
    ResidentResponse withdraw(@PathVariable long id, @PathVariable ConsentSubject subject) {
        return ResidentResponse.of(residents.withdrawConsent(id, subject));
    }
}
