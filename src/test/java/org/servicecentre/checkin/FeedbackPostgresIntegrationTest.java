package org.servicecentre.checkin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.servicecentre.PostgresTest;
import org.servicecentre.centre.CentreService;
import org.servicecentre.security.DevicePrincipal;
import org.servicecentre.security.SystemAuthentication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** V15 and the satisfaction scores on a real PostgreSQL: the score's range, a racing resend, the summary's sums. */
@PostgresTest
class FeedbackPostgresIntegrationTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    FeedbackService feedback;

    @Autowired
    KioskService kiosks;

    @Autowired
    CentreService centres;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theDatabaseRefusesAScoreOutsideOneToFive() {
        long centre = idOf("TL");

        assertThatThrownBy(() -> jdbc.update("insert into feedback (centre_id, score, given_at) values (?, 6, now())",
                centre)).isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update("insert into feedback (centre_id, score, given_at) values (?, 0, now())",
                centre)).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void aResendRacingTheOriginalIsKeptOnce() throws Exception {
        var kiosk = SystemAuthentication.asSystem(() -> kiosks.create(idOf("TL"),
                new KioskDraft("FBPG-" + Long.toString(System.nanoTime(), 36).toUpperCase(), "入口"))).kiosk();
        var nonce = UUID.randomUUID().toString();
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(4);
        try {
            var answers = new ArrayList<Future<FeedbackReceipt>>();
            for (int i = 0; i < 4; i++) {
                answers.add(pool.submit(asKiosk(kiosk, start, () -> feedback.record(kiosk.centreId(), kiosk.id(), null,
                        5, Set.of(FeedbackTag.FRIENDLY), nonce))));
            }
            start.countDown();
            var ids = new ArrayList<Long>();
            for (var answer : answers) {
                ids.add(answer.get().id());
            }

            assertThat(ids).containsOnly(ids.getFirst());
            assertThat(jdbc.queryForObject("select count(*) from feedback where kiosk_id = ?", Long.class,
                    kiosk.id())).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void summarisesScoresAndTagsOnPostgresql() {
        long centre = idOf("NTC");
        SystemAuthentication.asSystem(() -> {
            feedback.recordEarlier(centre, null, 5, Set.of(FeedbackTag.CLEAN), at(2025, 5, 6, 10));
            feedback.recordEarlier(centre, null, 2, Set.of(FeedbackTag.TOO_NOISY, FeedbackTag.CLEAN),
                    at(2025, 5, 7, 15));
            feedback.recordEarlier(centre, null, 4, Set.of(), at(2025, 5, 8, 19));
            return null;
        });

        var summary = SystemAuthentication.asSystem(() -> feedback.summary(centre, LocalDate.of(2025, 5, 6),
                LocalDate.of(2025, 5, 8)));

        assertThat(summary.count()).isEqualTo(3);
        assertThat(summary.average()).isCloseTo(11 / 3.0, within(1e-9));
        assertThat(summary.distribution()).containsExactly(0L, 1L, 0L, 1L, 1L);
        assertThat(summary.tags()).containsEntry(FeedbackTag.CLEAN, 2L).containsEntry(FeedbackTag.TOO_NOISY, 1L);
    }

    private static <T> Callable<T> asKiosk(KioskSummary kiosk, CountDownLatch start, Callable<T> call) {
        return () -> {
            SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                    new DevicePrincipal(kiosk.id(), kiosk.code(), kiosk.name(), kiosk.centreId()), null,
                    List.of(new SimpleGrantedAuthority("ROLE_KIOSK"))));
            try {
                start.await();
                return call.call();
            } finally {
                SecurityContextHolder.clearContext();
            }
        };
    }

    private static java.time.Instant at(int year, int month, int day, int hour) {
        return LocalDateTime.of(year, month, day, hour, 0).atZone(SHANGHAI).toInstant();
    }

    private long idOf(String code) {
        return SystemAuthentication.asSystem(() -> centres.getByCode(code)).id();
    }
}
