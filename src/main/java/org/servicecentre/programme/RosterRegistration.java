package org.servicecentre.programme;

import java.time.Instant;
import java.time.ZoneId;

/**
 * A registration as the notifications need it: whose, for which programme (run by which organisation), and for which
 * session ({@code sessionId}, {@code place}, {@code zone}, {@code start} null for a whole-programme registration).
 */
public record RosterRegistration(long registrationId, long residentId, RegistrationStatus status, long programmeId,
                                 String programmeTitle, long organisationId, Long sessionId, String place,
                                 ZoneId zone, Instant start) {
}
