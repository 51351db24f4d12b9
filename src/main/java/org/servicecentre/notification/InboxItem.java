package org.servicecentre.notification;

import java.time.Instant;

/** A message in the signed-in user's inbox. */
public record InboxItem(long id, String kind, String subject, String text, String link, Instant receivedAt,
                        Instant readAt) {

    public boolean unread() {
        return readAt == null;
    }
}
