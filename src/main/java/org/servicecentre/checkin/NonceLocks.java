package org.servicecentre.checkin;

import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Serialises the handling of one scan (kiosk and client nonce) on this node, so that a scan resent while its first
 * sending is still being answered waits and is then answered from the record, the same. Striped: scans of different
 * nonces rarely share a lock, and a kiosk sends one scan at a time anyway. Across nodes the unique (kiosk, nonce) of
 * {@code check_in} still keeps a scan once.
 */
@Component
class NonceLocks {

    private static final int STRIPES = 64;

    private final ReentrantLock[] locks = new ReentrantLock[STRIPES];

    NonceLocks() {
        for (int i = 0; i < STRIPES; i++) {
            locks[i] = new ReentrantLock();
        }
    }

    <T> T around(Long kioskId, String nonce, Supplier<T> work) {
        if (kioskId == null || nonce == null) {
            return work.get();
        }
        var lock = locks[Math.floorMod(Objects.hash(kioskId, nonce), STRIPES)];
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }
}
