package org.servicecentre.security;

/** A freshly created token with its secret, which exists only in this object and is never stored. */
public record IssuedToken(String token, ApiTokenSummary summary) {
}
