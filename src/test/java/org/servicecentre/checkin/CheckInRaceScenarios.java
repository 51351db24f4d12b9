package org.servicecentre.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.servicecentre.centre.CentreService;
import org.servicecentre.programme.ProgrammeFixtures;
import org.servicecentre.programme.SessionSummary;
import org.servicecentre.programme.TicketService;
import org.servicecentre.security.SystemAuthentication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Replays under concurrency, run against each database by a subclass: the same ticket scanned at two kiosks in the
 * same instant gives exactly one check-in and one "already checked in"; the same scan resent by one kiosk several
 * times at once (its nonce) is kept once.
 */
abstract class CheckInRaceScenarios {

    private static final long KIOSK_A = 9_101L;
    private static final long KIOSK_B = 9_102L;

    @Autowired
    CheckInService checkIns;

    @Autowired
    ProgrammeFixtures fixtures;

    @Autowired
    TicketService tickets;

    @Autowired
    CentreService centres;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theSameTicketAtTwoKiosksInTheSameInstantChecksInOnceAndTheOtherSaysAlready() throws Exception {
        for (int round = 0; round < 5; round++) {
            var session = nowAtGxq();
            var token = tickets.registrationToken(fixtures.register(session.programmeId(), session.id(), null, null)
                    .id());

            var outcomes = race(new long[] {KIOSK_A, KIOSK_B}, kiosk -> UUID.randomUUID().toString(), token);

            assertThat(outcomes).containsExactlyInAnyOrder(KioskOutcome.CHECKED_IN, KioskOutcome.ALREADY_CHECKED_IN);
            assertThat(jdbc.queryForObject("select count(*) from session_attendance where session_id = ?", Long.class,
                    session.id())).isEqualTo(1);
        }
    }

    @Test
    void oneScanResentFourTimesAtOnceIsKeptOnceAndAnsweredTheSame() throws Exception {
        var session = nowAtGxq();
        var token = tickets.registrationToken(fixtures.register(session.programmeId(), session.id(), null, null).id());
        var nonce = UUID.randomUUID().toString();

        var outcomes = race(new long[] {KIOSK_A, KIOSK_A, KIOSK_A, KIOSK_A}, kiosk -> nonce, token);

        assertThat(outcomes).containsOnly(KioskOutcome.CHECKED_IN).hasSize(4);
        assertThat(jdbc.queryForObject("select count(*) from check_in where kiosk_id = ? and client_nonce = ?",
                Long.class, KIOSK_A, nonce)).isEqualTo(1);
    }

    private ArrayList<KioskOutcome> race(long[] kiosks, java.util.function.LongFunction<String> nonceOf, String token)
            throws Exception {
        var start = new CountDownLatch(1);
        var racers = new ArrayList<Callable<ScanResult>>();
        for (long kiosk : kiosks) {
            var nonce = nonceOf.apply(kiosk);
            racers.add(() -> {
                start.await();
                return fixtures.as("manager", () -> checkIns.scan(gxq(), kiosk, token, nonce, Instant.now(),
                        ScanMethod.SCANNER));
            });
        }
        try (var pool = Executors.newFixedThreadPool(kiosks.length)) {
            var futures = racers.stream().map(pool::submit).toList();
            start.countDown();
            var outcomes = new ArrayList<KioskOutcome>();
            for (var future : futures) {
                outcomes.add(future.get().outcome());
            }
            return outcomes;
        }
    }

    private long gxq() {
        return SystemAuthentication.asSystem(() -> centres.getByCode("GXQ")).id();
    }

    /** A session of a fresh programme, at GXQ, begun a minute ago, for 90 minutes. */
    private SessionSummary nowAtGxq() {
        var session = fixtures.sessionNow(gxq(), Duration.ofMinutes(1));
        return session;
    }
}
