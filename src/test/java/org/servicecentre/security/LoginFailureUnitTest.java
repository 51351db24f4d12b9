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
    void locksOnceTheLimitIsReachedWithinTheWindow() {
        var failure = new LoginFailure("account:wang", NOW);

        for (int i = 0; i < 4; i++) {
            failure.fail(NOW.plusSeconds(i), WINDOW, 5, LOCK);
        }
        assertThat(failure.lockedAt(NOW.plusSeconds(5))).isFalse();

        failure.fail(NOW.plusSeconds(5), WINDOW, 5, LOCK);
        assertThat(failure.lockedAt(NOW.plusSeconds(6))).isTrue();
        assertThat(failure.lockedUntil()).isEqualTo(NOW.plusSeconds(5).plus(LOCK));
    }

    @Test
    void unlocksWhenTheLockRunsOut() {
        var failure = new LoginFailure("account:wang", NOW);
        for (int i = 0; i < 5; i++) {
            failure.fail(NOW, WINDOW, 5, LOCK);
        }

        assertThat(failure.lockedAt(NOW.plus(LOCK).plusSeconds(1))).isFalse();
    }

    @Test
    void forgetsFailuresOlderThanTheWindow() {
        var failure = new LoginFailure("account:wang", NOW);
        for (int i = 0; i < 4; i++) {
            failure.fail(NOW, WINDOW, 5, LOCK);
        }

        failure.fail(NOW.plus(WINDOW).plusSeconds(1), WINDOW, 5, LOCK);

        assertThat(failure.lockedAt(NOW.plus(WINDOW).plusSeconds(2))).isFalse();
    }
}
