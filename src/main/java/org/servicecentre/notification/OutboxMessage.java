package org.servicecentre.notification;

import java.time.Instant;

/** A claimed outbox row, ready to send. */
record OutboxMessage(long id, String key, String kind, Channel channel, Long accountId, Long residentId, String address,
                     String language, String subject, String text, String html, boolean essential, Instant dueAt,
                     Instant staleAt, int attempts) {
}
