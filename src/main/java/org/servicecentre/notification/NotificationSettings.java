package org.servicecentre.notification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the dispatcher works: rows claimed per batch, how long a claim holds before another node may take the rows over
 * (a node that died mid-batch), how many attempts before a message is dead, the first retry delay (doubled each time),
 * and this node's name in claims and job runs.
 */
@ConfigurationProperties("servicecentre.notification")
record NotificationSettings(Integer batchSize, Duration lease, Integer maxAttempts, Duration firstRetry,
                            Duration runBudget, String node, String mailFrom) {

    NotificationSettings {
        batchSize = batchSize == null ? 200 : batchSize;
        lease = lease == null ? Duration.ofMinutes(5) : lease;
        maxAttempts = maxAttempts == null ? 6 : maxAttempts;
        firstRetry = firstRetry == null ? Duration.ofMinutes(1) : firstRetry;
        runBudget = runBudget == null ? Duration.ofSeconds(50) : runBudget;
        node = node == null || node.isBlank() ? defaultNode() : node;
        mailFrom = mailFrom == null || mailFrom.isBlank() ? "Service Centre <no-reply@servicecentre.local>" : mailFrom;
    }

    private static String defaultNode() {
        String host;
        try {
            host = java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException unknown) {
            host = "node";
        }
        return host + "-" + ProcessHandle.current().pid() + "-" + java.util.UUID.randomUUID().toString().substring(0, 8);
    }

    /** The delay before attempt number {@code attempts + 1}: first retry, doubled per failed attempt, at most a day. */
    Duration retryAfter(int attempts) {
        long factor = 1L << Math.min(Math.max(attempts - 1, 0), 16);
        Duration delay = firstRetry.multipliedBy(factor);
        return delay.compareTo(Duration.ofDays(1)) > 0 ? Duration.ofDays(1) : delay;
    }
}
