package org.servicecentre.booking;

import java.time.Instant;

/** A calendar link as its creator sees it in the list: what it publishes and whether it still works; never the token. */
public record CalendarFeedSummary(long id, CalendarFeedKind kind, long targetId, String targetName, Instant createdAt,
                                  Instant revokedAt) {

    public boolean active() {
        return revokedAt == null;
    }
}
