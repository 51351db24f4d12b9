package org.servicecentre.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Locale;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Limits sign-in attempts per account and per client address. Each attempt is counted in the database, under a
 * row lock, before the password is checked, so the limit holds for parallel attempts and across app nodes.
 */
@Component
class LoginThrottle {

    private final LoginFailures failures;
    private final LoginProtectionProperties limits;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    LoginThrottle(LoginFailures failures, LoginProtectionProperties limits, PlatformTransactionManager transactions,
                  Clock clock) {
        this.failures = failures;
        this.limits = limits;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** Counts an attempt for the account and the address, or refuses it while either is locked. */
    void admit(String username, String address) {
        admit(accountKey(username), limits.maxFailuresPerAccount());
        admit(addressKey(address), limits.maxFailuresPerAddress());
    }

    /** The attempt succeeded: the account starts afresh, and the address gets its attempt back. */
    void succeeded(String username, String address) {
        ownTransaction.executeWithoutResult(tx -> {
            failures.deleteById(accountKey(username));
            failures.lockByKey(addressKey(address)).ifPresent(LoginFailure::succeeded);
        });
    }

    private void admit(String key, int limit) {
        try {
            admitOnce(key, limit);
        } catch (DataIntegrityViolationException anotherNodeInsertedTheKeyFirst) {
            admitOnce(key, limit);
        }
    }

    private void admitOnce(String key, int limit) {
        var now = clock.instant();
        var blocked = ownTransaction.execute(tx -> {
            var failure = failures.lockByKey(key).orElseGet(() -> new LoginFailure(key, now));
            boolean admitted = failure.admit(now, limits.window(), limit, limits.lockout());
            failures.saveAndFlush(failure);
            return admitted ? null : failure.lockedUntil();
        });
        if (blocked != null) {
            throw new LoginBlockedException(blocked);
        }
    }

    static String accountKey(String username) {
        return "account:" + digest(username == null ? "" : username.trim().toLowerCase(Locale.ROOT));
    }

    static String addressKey(String address) {
        return "address:" + (address == null ? "unknown" : digest(address));
    }

    /** Keys of fixed length, whatever a client types as username: the column holds 200 characters. */
    private static String digest(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
