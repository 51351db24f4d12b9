package org.servicecentre.programme.publicpage;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps scripts from filling programmes through the public pages while an elderly resident signing up a few
 * neighbours never notices it: registrations are counted per client address and fixed time window in the database
 * (so the count holds across app nodes); past a first limit a small sum must be solved, past a second one nothing
 * more is taken until the window ends. Addresses are stored only as a keyed hash.
 * <p>
 * The address is the request's remote address: behind a reverse proxy set
 * {@code server.forward-headers-strategy=native}, or every resident shares the proxy's address.
 */
@Component
@EnableConfigurationProperties(PublicAttemptProperties.class)
public class PublicAttemptGuard {

    /** What a client may do next. */
    public enum Verdict { ADMITTED, CHALLENGE, REFUSED }

    static final String REGISTER = "register";

    private final JdbcTemplate jdbc;
    private final PublicAttemptProperties limits;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    PublicAttemptGuard(JdbcTemplate jdbc, PublicAttemptProperties limits, PlatformTransactionManager transactions,
                       Clock clock) {
        this.jdbc = jdbc;
        this.limits = limits;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /**
     * Counts a registration attempt from the address when it may go ahead: always below the first limit, with a
     * solved challenge up to the second. Otherwise nothing is counted and the verdict says why.
     */
    public Verdict admit(String address, boolean challengeSolved) {
        var key = clientKey(address);
        var window = windowStart();
        int count = count(key, window);
        if (count >= limits.refuseAfter()) {
            return Verdict.REFUSED;
        }
        if (count >= limits.challengeAfter() && !challengeSolved) {
            return Verdict.CHALLENGE;
        }
        boolean counted;
        try {
            counted = increment(key, window);
        } catch (DuplicateKeyException anotherNodeCountedTheFirstAttempt) {
            counted = increment(key, window);
        }
        return counted ? Verdict.ADMITTED : Verdict.REFUSED;
    }

    /** What {@link #admit} would answer now, without counting anything. */
    public Verdict assess(String address) {
        int count = count(clientKey(address), windowStart());
        if (count >= limits.refuseAfter()) {
            return Verdict.REFUSED;
        }
        return count >= limits.challengeAfter() ? Verdict.CHALLENGE : Verdict.ADMITTED;
    }

    private int count(String key, Instant window) {
        var counts = jdbc.queryForList(
                "select count from public_attempt where client_key = ? and action = ? and window_start = ?",
                Integer.class, key, REGISTER, Timestamp.from(window));
        return counts.isEmpty() ? 0 : counts.getFirst();
    }

    /** Adds one under the refusal limit, atomically, so parallel attempts cannot pass it together. */
    private boolean increment(String key, Instant window) {
        Boolean counted = ownTransaction.execute(tx -> {
            int updated = jdbc.update("update public_attempt set count = count + 1"
                            + " where client_key = ? and action = ? and window_start = ? and count < ?",
                    key, REGISTER, Timestamp.from(window), limits.refuseAfter());
            if (updated > 0) {
                return true;
            }
            if (count(key, window) > 0) {
                return false;
            }
            jdbc.update("delete from public_attempt where window_start < ?",
                    Timestamp.from(window.minus(limits.window().multipliedBy(24))));
            jdbc.update("insert into public_attempt (client_key, action, window_start, count) values (?, ?, ?, 1)",
                    key, REGISTER, Timestamp.from(window));
            return true;
        });
        return Boolean.TRUE.equals(counted);
    }

    private Instant windowStart() {
        long length = limits.window().toMillis();
        long now = clock.millis();
        return Instant.ofEpochMilli(now - Math.floorMod(now, length));
    }

    /** 64 hex characters standing for the address; without the key they cannot be turned back into it. */
    String clientKey(String address) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(limits.addressKey().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            var text = address == null || address.isBlank() ? "unknown" : address.strip();
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
