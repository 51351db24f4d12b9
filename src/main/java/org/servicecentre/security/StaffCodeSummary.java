package org.servicecentre.security;

import java.time.Instant;

/** The caller's current staff code as their profile shows it: never the code, only its first characters and dates. */
public record StaffCodeSummary(String hint, Instant issuedAt, Instant lastUsedAt) {
}
