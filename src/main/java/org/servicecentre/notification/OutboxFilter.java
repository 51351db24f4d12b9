package org.servicecentre.notification;

/** Narrows the admin's outbox list; null or blank parts do not narrow. {@code text} matches the subject or key. */
public record OutboxFilter(NotificationState state, Channel channel, String kind, String text) {

    public static OutboxFilter all() {
        return new OutboxFilter(null, null, null, null);
    }
}
