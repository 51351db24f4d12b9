package org.servicecentre.notification;

import java.time.Instant;

/** A row as written to the outbox (package-private: the writer's input). */
record OutboxRow(String key, String kind, Channel channel, Long accountId, Long residentId, String recipientName,
                 String address, String language, NotificationContent content, String link, boolean essential,
                 Instant dueAt, Instant staleAt, NotificationState state, String reason, Instant createdAt) {
}
