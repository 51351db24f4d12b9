package org.servicecentre.security.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import org.servicecentre.security.ApiTokenSummary;

/** One of the caller's tokens, without its secret. */
record TokenSummaryResponse(
        long id,
        String name,
        @Schema(description = "The first characters of the token, to recognise it", example = "sc_Qm9va2") String prefix,
        Instant createdAt,
        Instant expiresAt,
        Instant lastUsedAt,
        Instant revokedAt) {

    static TokenSummaryResponse of(ApiTokenSummary token) {
        return new TokenSummaryResponse(token.id(), token.name(), token.prefix(), token.createdAt(),
                token.expiresAt(), token.lastUsedAt(), token.revokedAt());
    }
}
