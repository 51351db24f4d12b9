package org.servicecentre.occupancy;

import java.time.Instant;
import java.time.ZoneId;

/** A session in a digest (an empty or under-attended one): what, where, when, registered and attended. */
public record DigestSession(long sessionId, long programmeId, String programmeTitle, String place, Instant start,
                            ZoneId zone, long registered, long attended) {
}
