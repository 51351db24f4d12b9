package org.servicecentre.programme.publicpage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.servicecentre.ServiceCentreTest;
import org.servicecentre.programme.publicpage.PublicAttemptGuard.Verdict;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

@ServiceCentreTest
class PublicAttemptGuardIntegrationTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    private MovableClock clock;
    private PublicAttemptGuard guard;
    private String address;

    @BeforeEach
    void givenAGuardWithSmallLimits() {
        clock = new MovableClock(Instant.parse("2030-03-04T10:05:00Z"));
        guard = new PublicAttemptGuard(jdbc, new PublicAttemptProperties(2, 4, Duration.ofHours(1), "test-key"),
                transactions, clock);
        address = "203.0.113." + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void admitsTheFirstRegistrationsWithoutAChallenge() {
        assertThat(guard.admit(address, false)).isEqualTo(Verdict.ADMITTED);
        assertThat(guard.admit(address, false)).isEqualTo(Verdict.ADMITTED);
        assertThat(countFor(address)).isEqualTo(2);
    }

    @Test
    void asksForTheChallengeOnceTheFirstLimitIsReachedAndCountsOnlySolvedAttempts() {
        guard.admit(address, false);
        guard.admit(address, false);

        assertThat(guard.admit(address, false)).isEqualTo(Verdict.CHALLENGE);
        assertThat(countFor(address)).as("an unsolved attempt is not counted").isEqualTo(2);
        assertThat(guard.admit(address, true)).isEqualTo(Verdict.ADMITTED);
        assertThat(guard.assess(address)).isEqualTo(Verdict.CHALLENGE);
    }

    @Test
    void refusesPastTheSecondLimitEvenWithTheChallengeSolved() {
        for (int i = 0; i < 4; i++) {
            assertThat(guard.admit(address, true)).isEqualTo(Verdict.ADMITTED);
        }

        assertThat(guard.admit(address, true)).isEqualTo(Verdict.REFUSED);
        assertThat(guard.assess(address)).isEqualTo(Verdict.REFUSED);
        assertThat(countFor(address)).isEqualTo(4);
    }

    @Test
    void startsAfreshWhenTheWindowRollsOver() {
        for (int i = 0; i < 4; i++) {
            guard.admit(address, true);
        }

        clock.advance(Duration.ofMinutes(55));

        assertThat(guard.admit(address, false)).isEqualTo(Verdict.ADMITTED);
    }

    @Test
    void countsEachAddressOnItsOwn() {
        guard.admit(address, false);
        guard.admit(address, false);

        assertThat(guard.admit(address + "-other", false)).isEqualTo(Verdict.ADMITTED);
    }

    @Test
    void keepsAKeyedHashNotTheAddress() {
        guard.admit(address, false);

        var keys = jdbc.queryForList("select client_key from public_attempt where client_key = ?", String.class,
                guard.clientKey(address));
        assertThat(keys).singleElement().satisfies(key -> {
            assertThat(key).hasSize(64).doesNotContain(address).doesNotContain("203.0.113");
        });
    }

    private int countFor(String address) {
        return jdbc.queryForObject("select coalesce(sum(count), 0) from public_attempt where client_key = ?",
                Integer.class, guard.clientKey(address));
    }

    private static final class MovableClock extends Clock {

        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
