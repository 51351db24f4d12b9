package org.servicecentre.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * Failed sign-ins counted for one account or one client address within a window. Kept in the database so that
 * the limit holds across all app nodes.
 */
@Entity
@Table(name = "login_failure")
class LoginFailure {

    @Id
    @Column(name = "throttle_key", length = 200)
    private String key;

    @Column(nullable = false)
    private int failures;

    @Column(name = "window_start", nullable = false)
    private Instant windowStart;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    protected LoginFailure() {
    }

    LoginFailure(String key, Instant now) {
        this.key = key;
        this.windowStart = now;
    }

    /**
     * Admits one more sign-in attempt and counts it as a failure until it is known to have succeeded. Counting before
     * the password is checked means parallel guesses cannot slip past the limit: once {@code limit} attempts have
     * failed within the window, the next one locks the key for {@code lock} and is refused.
     */
    boolean admit(Instant now, Duration window, int limit, Duration lock) {
        if (lockedAt(now)) {
            return false;
        }
        if (windowStart.plus(window).isBefore(now)) {
            windowStart = now;
            failures = 0;
        }
        if (failures >= limit) {
            lockedUntil = now.plus(lock);
            failures = 0;
            windowStart = now;
            return false;
        }
        failures++;
        return true;
    }

    /** The admitted attempt succeeded: it was no failure after all. */
    void succeeded() {
        failures = Math.max(0, failures - 1);
    }

    boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    Instant lockedUntil() {
        return lockedUntil;
    }
}
