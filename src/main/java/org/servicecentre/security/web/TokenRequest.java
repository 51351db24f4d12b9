package org.servicecentre.security.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Username and password exchanged for a personal API token. */
record TokenRequest(
        @NotBlank @Size(max = 64) String username,
        @NotBlank @Size(max = 200) String password,
        @Size(max = 100) @Schema(description = "A name to recognise the token by in your profile", defaultValue = "api")
        String name,
        @Min(1) @Max(TokenRequest.MAX_DAYS)
        @Schema(description = "How many days the token is valid", defaultValue = "90") Integer validForDays) {

    static final int DEFAULT_DAYS = 90;
    static final int MAX_DAYS = 3650;

    String nameOrDefault() {
        return name == null || name.isBlank() ? "api" : name;
    }

    int daysOrDefault() {
        return validForDays == null ? DEFAULT_DAYS : validForDays;
    }
}
