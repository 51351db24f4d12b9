package org.servicecentre.security;

import java.time.Instant;

/** A token as its owner sees it in the profile: never the secret. */
public record ApiTokenSummary(long id, String name, String prefix, Instant createdAt, Instant expiresAt,
                              Instant lastUsedAt, Instant revokedAt) {

    public boolean active(Instant now) {
        return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
    }
}
