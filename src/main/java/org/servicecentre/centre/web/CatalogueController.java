package org.servicecentre.centre.web;

import static org.servicecentre.shared.web.ListPage.DEFAULT_LIMIT;
import static org.servicecentre.shared.web.ListPage.MAX_LIMIT;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.servicecentre.centre.CatalogueLevel;
import org.servicecentre.centre.CatalogueService;
import org.servicecentre.centre.CentreOfferService;
import org.servicecentre.shared.web.ListPage;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The service catalogue (服务事项目录) over the API, read-only: sectors, their categories, their items. */
@RestController
@RequestMapping("/api/v1/catalogue")
@Tag(name = "Service catalogue", description = "Sectors > categories > items (服务事项目录) and where items are offered")
class CatalogueController {

    private final CatalogueService catalogue;
    private final CentreOfferService offers;

    CatalogueController(CatalogueService catalogue, CentreOfferService offers) {
        this.catalogue = catalogue;
        this.offers = offers;
    }

    @GetMapping("/sectors")
    @Operation(summary = "List the sectors, filtered by text in code or names")
    ListPage<CatalogueEntryResponse> sectors(
            @RequestParam(required = false) @Size(max = 100) @Parameter(description = "Text in the code or names") String q,
            @RequestParam(defaultValue = "0") @Min(0) int offset,
            @RequestParam(defaultValue = DEFAULT_LIMIT) @Min(1) @Max(MAX_LIMIT) int limit) {
        return page(CatalogueLevel.SECTOR, null, q, offset, limit);
    }

    @GetMapping("/categories")
    @Operation(summary = "List the categories, of one sector or of all")
    @ApiResponse(responseCode = "404", description = "No such sector (NOT_FOUND)")
    ListPage<CatalogueEntryResponse> categories(
            @RequestParam(required = false) @Size(max = 32) @Parameter(description = "Sector code, e.g. LEGAL") String sector,
            @RequestParam(required = false) @Size(max = 100) @Parameter(description = "Text in the code or names") String q,
            @RequestParam(defaultValue = "0") @Min(0) int offset,
            @RequestParam(defaultValue = DEFAULT_LIMIT) @Min(1) @Max(MAX_LIMIT) int limit) {
        return page(CatalogueLevel.CATEGORY, sector, q, offset, limit);
    }

    @GetMapping("/items")
    @Operation(summary = "List the service items, of one category or of all")
    @ApiResponse(responseCode = "404", description = "No such category (NOT_FOUND)")
    ListPage<CatalogueEntryResponse> items(
            @RequestParam(required = false) @Size(max = 32) @Parameter(description = "Category code, e.g. LEGAL-AID") String category,
            @RequestParam(required = false) @Size(max = 100) @Parameter(description = "Text in the code or names") String q,
            @RequestParam(defaultValue = "0") @Min(0) int offset,
            @RequestParam(defaultValue = DEFAULT_LIMIT) @Min(1) @Max(MAX_LIMIT) int limit) {
        return page(CatalogueLevel.ITEM, category, q, offset, limit);
    }

    @GetMapping("/items/{code}/offerings")
    @Operation(summary = "Where and when an item is offered, in the centres the caller may see")
    @ApiResponse(responseCode = "404", description = "No such item (NOT_FOUND)")
    List<OfferingResponse> offerings(@PathVariable @Size(max = 32) String code) {
        return offers.centresOffering(code).stream().map(OfferingResponse::of).toList();
    }

    private ListPage<CatalogueEntryResponse> page(CatalogueLevel level, String parent, String q, int offset, int limit) {
        var items = catalogue.list(level, parent, q, false, offset, limit).stream()
                .map(CatalogueEntryResponse::of).toList();
        return new ListPage<>(items, catalogue.count(level, parent, q, false), offset, limit);
    }
}
