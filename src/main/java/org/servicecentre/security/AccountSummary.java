package org.servicecentre.security;

import java.time.Instant;
import java.util.Locale;
import java.util.Set;

/** What other modules and screens may know of an account: never its password. */
public record AccountSummary(long id, String username, String displayName, Role role, Long regionId,
                             Long organisationId, Set<Long> centreIds, boolean enabled, Locale language,
                             Instant createdAt, Instant lastLoginAt) {
}
