package org.servicecentre.occupancy;

import java.time.Instant;

/** A session with its scores, for the best-rated list of a report. No personal data. */
public record RatedSession(long sessionId, String programmeTitle, String organisationName, String centreName,
                           Instant start, int responses, double average) {
}
