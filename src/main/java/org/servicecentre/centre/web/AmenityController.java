package org.servicecentre.centre.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.servicecentre.centre.AmenityService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The amenity list, for clients that filter rooms by amenity code. */
@RestController
@RequestMapping("/api/v1/amenities")
@Tag(name = "Rooms", description = "Rooms of the centres, their amenities and door codes")
class AmenityController {

    private final AmenityService amenities;

    AmenityController(AmenityService amenities) {
        this.amenities = amenities;
    }

    @GetMapping
    @Operation(summary = "The active amenities in display order (admins also see inactive ones)")
    List<AmenityResponse> list() {
        return amenities.list("", 0, 1000).stream().map(AmenityResponse::of).toList();
    }
}
