package org.servicecentre.programme;

/**
 * The answer to a resident signing up on a public page: their registration, whether they got a place or a turn on
 * the waitlist, and the secret of their ticket link (shown once; keep the link to see or cancel the ticket).
 */
public record SelfRegistration(long registrationId, RegistrationStatus status, Integer waitlistPosition,
                               String manageToken) {
}
