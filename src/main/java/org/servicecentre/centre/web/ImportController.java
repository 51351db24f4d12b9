package org.servicecentre.centre.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.servicecentre.centre.ImportService;
import org.servicecentre.shared.DomainException;
import org.servicecentre.shared.TranslationProvider;
import org.servicecentre.shared.web.ApiProblems;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Bulk import and export of regions, centres and rooms as CSV (UTF-8, with or without a byte order mark, as Excel
 * saves "CSV UTF-8"). Preview first; the import itself writes all rows or, when any row has a problem, none.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Import and export", description = "CSV files of regions, centres, rooms and the service catalogue")
class ImportController {

    static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

    private final ImportService imports;
    private final ApiProblems problems;
    private final TranslationProvider translations;

    ImportController(ImportService imports, ApiProblems problems, TranslationProvider translations) {
        this.imports = imports;
        this.problems = problems;
        this.translations = translations;
    }

    @PostMapping(path = "/import/{kind}/preview", consumes = {"text/csv", "text/plain", "application/octet-stream"})
    @Operation(summary = "Check a CSV file without writing anything: every row with its action (NEW, CHANGED, "
            + "UNCHANGED) and its problems (admins; managers for the rooms of their centres)")
    @ApiResponse(responseCode = "404", description = "No such kind (NOT_FOUND)")
    @RequestBody(required = true, description = "The CSV file, UTF-8 with or without BOM, at most 20 MB (larger: 422 "
            + "IMPORT_TOO_LARGE)", content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
    ImportResponse preview(@PathVariable @Parameter(description = "regions, centres, rooms or catalogue") String kind,
                           HttpServletRequest request) throws IOException {
        return ImportResponse.of(imports.preview(kind, body(request)), translations, ApiProblems.localeOf(request));
    }

    @PostMapping(path = "/import/{kind}", consumes = {"text/csv", "text/plain", "application/octet-stream"})
    @Operation(summary = "Import a CSV file in one transaction: new rows are created, changed rows updated by code, "
            + "unchanged rows left alone; importing the same file twice changes nothing")
    @ApiResponse(responseCode = "200", description = "Imported; the counts say what changed")
    @ApiResponse(responseCode = "404", description = "No such kind (NOT_FOUND)")
    @ApiResponse(responseCode = "422", description = "The file or some rows have problems (IMPORT_HAS_PROBLEMS, "
            + "listed in `problems`); nothing was written")
    @RequestBody(required = true, description = "The CSV file, UTF-8 with or without BOM, at most 20 MB (larger: 422 "
            + "IMPORT_TOO_LARGE)", content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
    ResponseEntity<?> commit(@PathVariable @Parameter(description = "regions, centres, rooms or catalogue") String kind,
                             HttpServletRequest request) throws IOException {
        var locale = ApiProblems.localeOf(request);
        var result = imports.commit(kind, body(request));
        if (result.committed()) {
            return ResponseEntity.ok(ImportResponse.of(result, translations, locale));
        }
        var found = result.problems();
        var problem = problems.problem(request, HttpStatus.UNPROCESSABLE_CONTENT, "IMPORT_HAS_PROBLEMS",
                "error.import_has_problems", String.valueOf(found.size()));
        problem.setProperty("problems", found.stream().map(p -> ImportResponse.Problem.of(p, translations, locale))
                .toList());
        return ResponseEntity.unprocessableContent().body(problem);
    }

    /** The file, read only up to the size the import page also allows, so a huge body cannot fill the memory. */
    private static byte[] body(HttpServletRequest request) throws IOException {
        byte[] csv = request.getInputStream().readNBytes(ImportService.MAX_FILE_BYTES + 1);
        if (csv.length > ImportService.MAX_FILE_BYTES) {
            throw new DomainException("IMPORT_TOO_LARGE", ImportService.MAX_FILE_BYTES / 1024 / 1024);
        }
        return csv;
    }

    @GetMapping("/export/{kind}")
    @Operation(summary = "Everything of a kind the caller may see, in the import format (UTF-8 with a byte order "
            + "mark, so that Excel shows Chinese correctly)")
    @ApiResponse(responseCode = "404", description = "No such kind (NOT_FOUND)")
    ResponseEntity<byte[]> export(@PathVariable @Parameter(description = "regions, centres, rooms or catalogue") String kind) {
        return ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(kind + ".csv")
                        .build().toString())
                .body(imports.export(kind));
    }
}
