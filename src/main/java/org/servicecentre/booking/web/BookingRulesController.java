package org.servicecentre.booking.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.servicecentre.booking.BookingRulesService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A centre's booking rules: anyone who sees the centre reads them, its managers and admins change them. */
@RestController
@RequestMapping("/api/v1/centres/{id}/booking-rules")
@Tag(name = "Booking rules", description = "Per-centre limits on how far ahead, how long and how much to book")
class BookingRulesController {

    private final BookingRulesService rules;

    BookingRulesController(BookingRulesService rules) {
        this.rules = rules;
    }

    @GetMapping
    @Operation(summary = "The centre's booking rules (the defaults until a manager sets them)")
    @ApiResponse(responseCode = "404", description = "No such centre (NOT_FOUND)")
    BookingRulesJson get(@PathVariable long id) {
        return BookingRulesJson.of(rules.get(id));
    }

    @PutMapping
    @Operation(summary = "Set the centre's booking rules (its managers and admins)")
    @ApiResponse(responseCode = "404", description = "No such centre (NOT_FOUND)")
    BookingRulesJson update(@PathVariable long id, @Valid @RequestBody BookingRulesJson body) {
        return BookingRulesJson.of(rules.update(id, body.toRules()));
    }
}
