package org.servicecentre.notification;

import java.time.Instant;
import java.util.Objects;

/**
 * One message to schedule. {@code key} names the subject and the kind ("session-reminder-24h:registration:42"): a
 * message with a key already scheduled is not scheduled again. {@code staleAt}: after it the message is no longer
 * useful and is dropped instead of sent late (null: always send). {@code essential}: sent even to recipients who opted
 * out of non-essential messages. {@code link}: a path in the app ("/bookings/7") the message points to.
 */
public record NotificationRequest(String key, String kind, Recipient recipient, Instant dueAt, Instant staleAt,
                                  boolean essential, String link, NotificationMessage message) {

    public NotificationRequest {
        Objects.requireNonNull(key);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(recipient);
        Objects.requireNonNull(dueAt);
        Objects.requireNonNull(message);
        if (key.length() > 180 || kind.length() > 64) {
            throw new IllegalArgumentException("key or kind too long: " + key);
        }
    }

    /** A message to send now, never stale. */
    public static NotificationRequest now(String key, String kind, Recipient recipient, Instant now, boolean essential,
                                          String link, NotificationMessage message) {
        return new NotificationRequest(key, kind, recipient, now, null, essential, link, message);
    }
}
