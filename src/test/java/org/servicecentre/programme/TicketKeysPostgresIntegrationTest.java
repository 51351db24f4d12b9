package org.servicecentre.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.servicecentre.PostgresTest;
import org.servicecentre.security.SystemAuthentication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The ticket key ring on a real PostgreSQL: bytea round trips, the retirement constraint, and first-use races. */
@PostgresTest
class TicketKeysPostgresIntegrationTest {

    @Autowired
    TicketKeyRing ring;

    @Autowired
    TicketKeyService keys;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void nodesThatSignTheirFirstTicketAtTheSameMomentEndUpWithOneKey() throws Exception {
        // start from an empty ring, as a fresh installation does, so that every thread takes the creating path
        jdbc.update("delete from ticket_key");
        int threads = 8;
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(threads);
        try {
            var ids = new ArrayList<Future<Integer>>();
            for (int i = 0; i < threads; i++) {
                Callable<Integer> firstTicket = () -> {
                    start.await();
                    return ring.signingKey().id();
                };
                ids.add(pool.submit(firstTicket));
            }
            start.countDown();
            for (var id : ids) {
                assertThat(id.get()).isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.queryForObject("select count(*) from ticket_key", Long.class)).isEqualTo(1);
    }

    @Test
    void keysStoredInPostgresqlSignAndVerifyAndRetireWithoutTheirPrivateHalf() {
        var old = SystemAuthentication.asSystem(keys::rotate);
        byte[] message = "票".getBytes(StandardCharsets.UTF_8);
        var signing = ring.signingKey();
        assertThat(signing.id()).isEqualTo(Integer.parseInt(old.id()));
        byte[] signature = TicketSignatures.sign(signing.key(), message);
        assertThat(TicketSignatures.verify(ring.verificationKey(signing.id()).orElseThrow(), message, signature))
                .isTrue();

        SystemAuthentication.asSystem(keys::rotate);
        SystemAuthentication.asSystem(() -> keys.retire(old.id()));

        assertThat(ring.verificationKey(signing.id())).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from ticket_key where id = ? and private_key is null "
                + "and state = 'RETIRED' and retired_at is not null", Long.class, old.id())).isEqualTo(1);
    }
}
