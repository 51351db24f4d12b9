package org.servicecentre.notification;

import java.time.Instant;

/**
 * A scheduled job for the admin: its name and description, when its last run started and ended, on which node, how it
 * ended (OK, FAILED, RUNNING; null: never ran) with its result line, and when it runs next (null: not scheduled).
 */
public record JobStatus(String group, String name, String description, Instant lastStarted, Instant lastFinished,
                        String lastNode, String lastOutcome, String lastMessage, Instant nextRun, boolean paused) {
}
