package org.servicecentre.programme;

import java.time.Instant;
import java.util.List;

/**
 * Published when a session is cancelled, with the registrations that were holding or waiting for a place in it, so
 * that the notification issue can tell them; until then they read it on their ticket page.
 */
public record SessionCancelled(long sessionId, long programmeId, String programmeTitle, Instant start,
                               String reason, List<Long> registrationIds) {

    public SessionCancelled {
        registrationIds = List.copyOf(registrationIds);
    }
}
