package org.servicecentre.programme;

/** Published when a waitlisted resident gets a place, for the notification issue to tell them. */
public record RegistrationPromoted(long registrationId, long programmeId, Long sessionId, long residentId) {
}
