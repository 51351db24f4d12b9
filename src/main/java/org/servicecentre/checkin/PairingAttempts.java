package org.servicecentre.checkin;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Limits guessing of pairing codes: wrong codes are counted per client address and fixed 15-minute window in the
 * database (so the limit holds across app nodes, as the public pages' attempt guard does); past
 * {@code servicecentre.kiosk.max-wrong-pairing-codes} (default 10) no code is accepted from that address until the
 * window ends. With 10^8 possible codes alive for 30 minutes, that leaves a guesser about one chance in five million.
 * Addresses are stored only as a keyed hash.
 */
@Component
class PairingAttempts {

    static final Duration WINDOW = Duration.ofMinutes(15);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    private final int limit;
    private final String addressKey;

    PairingAttempts(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock,
                    @Value("${servicecentre.kiosk.max-wrong-pairing-codes:10}") int limit,
                    @Value("${servicecentre.kiosk.address-key:service-centre-kiosk-pairing}") String addressKey) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.limit = limit;
        this.addressKey = addressKey;
    }

    /** Whether the address may still try a code in this window. */
    boolean allowed(String address) {
        return count(clientKey(address), windowStart()) < limit;
    }

    /** Counts a wrong code, in its own transaction so that the refusal that follows cannot roll it back. */
    void failed(String address) {
        var key = clientKey(address);
        var window = Timestamp.from(windowStart());
        try {
            record(key, window);
        } catch (DuplicateKeyException anotherNodeInsertedFirst) {
            record(key, window);
        }
    }

    private void record(String key, Timestamp window) {
        ownTransaction.executeWithoutResult(tx -> {
            int updated = jdbc.update("update kiosk_pairing_attempt set count = count + 1"
                    + " where client_key = ? and window_start = ?", key, window);
            if (updated == 0) {
                jdbc.update("delete from kiosk_pairing_attempt where window_start < ?",
                        Timestamp.from(window.toInstant().minus(WINDOW.multipliedBy(96))));
                jdbc.update("insert into kiosk_pairing_attempt (client_key, window_start, count) values (?, ?, 1)",
                        key, window);
            }
        });
    }

    private int count(String key, Instant window) {
        var counts = jdbc.queryForList("select count from kiosk_pairing_attempt where client_key = ? and window_start = ?",
                Integer.class, key, Timestamp.from(window));
        return counts.isEmpty() ? 0 : counts.getFirst();
    }

    private Instant windowStart() {
        long length = WINDOW.toMillis();
        long now = clock.millis();
        return Instant.ofEpochMilli(now - Math.floorMod(now, length));
    }

    private String clientKey(String address) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(addressKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            var text = address == null || address.isBlank() ? "unknown" : address.strip();
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
