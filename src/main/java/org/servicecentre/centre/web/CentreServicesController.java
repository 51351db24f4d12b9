package org.servicecentre.centre.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.servicecentre.centre.CentreOfferService;
import org.servicecentre.shared.web.ListPage;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** What a centre offers from the service catalogue, and when. */
@RestController
@Tag(name = "Service catalogue")
class CentreServicesController {

    private final CentreOfferService offers;

    CentreServicesController(CentreOfferService offers) {
        this.offers = offers;
    }

    @GetMapping("/api/v1/centres/{id}/services")
    @Operation(summary = "The weekly service slots of a centre: item, organisation, weekday and local times")
    @ApiResponse(responseCode = "404", description = "No such centre (NOT_FOUND)")
    @ApiResponse(responseCode = "403", description = "The centre is outside the caller's scope (FORBIDDEN)")
    ListPage<OfferingResponse> services(@PathVariable long id) {
        var slots = offers.offeringsOf(id).stream().map(OfferingResponse::of).toList();
        return new ListPage<>(slots, slots.size(), 0, Math.max(slots.size(), 1));
    }
}
