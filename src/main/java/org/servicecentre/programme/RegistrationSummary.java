package org.servicecentre.programme;

import java.time.Instant;

/**
 * A registration as staff see it. The resident's name and phone follow the masking rules of {@link ResidentSummary};
 * {@code waitlistPosition} is 1 for the next to move up; {@code manageToken} is only present right after the
 * registration was made or its ticket link renewed (the raw token is never stored).
 */
public record RegistrationSummary(long id, long programmeId, String programmeTitle, Long sessionId,
                                  Instant sessionStart, long residentId, String residentName, String residentPhone,
                                  boolean unmasked, RegistrationStatus status, RegistrationSource source,
                                  Integer waitlistPosition, Instant createdAt, Instant cancelledAt,
                                  String manageToken) {
}
