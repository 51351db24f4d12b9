package org.servicecentre.security.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import org.servicecentre.security.IssuedToken;

/** A freshly issued token: the secret appears here once and is never shown again. */
record TokenResponse(
        @Schema(description = "The secret; send it as `Authorization: Bearer <token>`", example = "sc_Qm9va2luZ3NBcmVGdW4...")
        String token,
        long id,
        String name,
        Instant expiresAt) {

    static TokenResponse of(IssuedToken issued) {
        return new TokenResponse(issued.token(), issued.summary().id(), issued.summary().name(),
                issued.summary().expiresAt());
    }
}
