package org.servicecentre.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginFailureUnitTest {

    private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");
    private static final Duration WINDOW = Duration.ofMinutes(15);
    private static final Duration LOCK = Duration.ofMinutes(15);

    @Test
    void refusesAndLocksTheAttemptAfterTheLimitOfFailures() {
        var failure = new LoginFailure("account:wang", NOW);
        for (int i = 0; i < 5; i++) {
            assertThat(failure.admit(NOW.plusSeconds(i), WINDOW, 5, LOCK)).as("attempt %d", i + 1).isTrue();
        }

        assertThat(failure.admit(NOW.plusSeconds(5), WINDOW, 5, LOCK)).isFalse();
        assertThat(failure.lockedAt(NOW.plusSeconds(6))).isTrue();
        assertThat(failure.lockedUntil()).isEqualTo(NOW.plusSeconds(5).plus(LOCK));
    }

    @Test
    void countsAttemptsThatAreStillBeingCheckedSoParallelGuessesCannotPass() {
        var failure = new LoginFailure("account:wang", NOW);

        long admitted = java.util.stream.IntStream.range(0, 50)
                .filter(i -> failure.admit(NOW, WINDOW, 5, LOCK)).count();

        assertThat(admitted).isEqualTo(5);
    }

    @Test
    void aSucceededAttemptGivesItsCountBack() {
        var failure = new LoginFailure("address:shared-office", NOW);
        for (int i = 0; i < 30; i++) {
            assertThat(failure.admit(NOW, WINDOW, 5, LOCK)).isTrue();
            failure.succeeded();
        }
    }

    @Test
    void unlocksWhenTheLockRunsOut() {
        var failure = new LoginFailure("account:wang", NOW);
        for (int i = 0; i < 6; i++) {
            failure.admit(NOW, WINDOW, 5, LOCK);
        }

        assertThat(failure.lockedAt(NOW.plus(LOCK).plusSeconds(1))).isFalse();
        assertThat(failure.admit(NOW.plus(LOCK).plusSeconds(1), WINDOW, 5, LOCK)).isTrue();
    }

    @Test
    void forgetsFailuresOlderThanTheWindow() {
        var failure = new LoginFailure("account:wang", NOW);
        for (int i = 0; i < 5; i++) {
            failure.admit(NOW, WINDOW, 5, LOCK);
        }

        assertThat(failure.admit(NOW.plus(WINDOW).plusSeconds(1), WINDOW, 5, LOCK)).isTrue();
    }
}
