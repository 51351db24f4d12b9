package org.servicecentre.notification;

/**
 * Where an outbox row stands: PENDING (due or waiting), CLAIMED (a dispatcher holds a lease on it), SENT, FAILED (an
 * attempt failed, another is due later), DEAD (the last attempt failed: an admin may retry), DROPPED (not sent, on
 * purpose: stale, the recipient opted out, or no address; the reason is kept).
 */
public enum NotificationState {
    PENDING, CLAIMED, SENT, FAILED, DEAD, DROPPED
}
