package org.servicecentre.security;

import java.time.Clock;
import java.util.Locale;
import java.util.stream.Stream;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Counts failed sign-ins per account and per client address, and refuses sign-in while either is locked. */
@Component
class LoginThrottle {

    private final LoginFailures failures;
    private final LoginProtectionProperties limits;
    private final Clock clock;

    LoginThrottle(LoginFailures failures, LoginProtectionProperties limits, Clock clock) {
        this.failures = failures;
        this.limits = limits;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public void checkAllowed(String username, String address) {
        var now = clock.instant();
        Stream.of(accountKey(username), addressKey(address))
                .flatMap(key -> failures.findById(key).stream())
                .filter(failure -> failure.lockedAt(now))
                .findFirst()
                .ifPresent(failure -> {
                    throw new LoginBlockedException(failure.lockedUntil());
                });
    }

    /** Runs in its own transaction: the count must stick even though the sign-in that caused it fails. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordFailure(String username, String address) {
        count(accountKey(username), limits.maxFailuresPerAccount());
        count(addressKey(address), limits.maxFailuresPerAddress());
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordSuccess(String username) {
        failures.deleteById(accountKey(username));
    }

    private void count(String key, int limit) {
        var now = clock.instant();
        var failure = failures.findById(key).orElseGet(() -> new LoginFailure(key, now));
        failure.fail(now, limits.window(), limit, limits.lockout());
        try {
            failures.saveAndFlush(failure);
        } catch (DataIntegrityViolationException raceWithAnotherNode) {
            // another node inserted the same key first; one lost count of a failed sign-in is acceptable
        }
    }

    private static String accountKey(String username) {
        return "account:" + (username == null ? "" : username.trim().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "address:" + (address == null ? "unknown" : address);
    }
}
