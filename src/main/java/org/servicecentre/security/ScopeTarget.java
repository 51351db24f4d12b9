package org.servicecentre.security;

/** Something an account can be scoped to, as pickers on the users screen show it. */
public record ScopeTarget(long id, String label) {
}
