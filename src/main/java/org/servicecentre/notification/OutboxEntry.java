package org.servicecentre.notification;

import java.time.Instant;

/**
 * An outbox row for the admin's list. {@code recipient} is the name as scheduled (masked for residents) and
 * {@code address} is masked: admins see that a message went, not to whom in full.
 */
public record OutboxEntry(long id, String key, String kind, Channel channel, String recipient, String address,
                          String language, String subject, NotificationState state, int attempts, String lastError,
                          Instant dueAt, Instant nextAttemptAt, Instant sentAt, Instant createdAt) {
}
