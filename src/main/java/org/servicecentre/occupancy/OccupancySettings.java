package org.servicecentre.occupancy;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the occupancy checks judge rooms: how long after its start a booking nobody confirmed or checked in to is
 * released ({@code no-show-grace}), how many sessions of a series in a row released or empty flag it
 * ({@code empty-streak}), how long before an empty session its organisation is warned ({@code empty-session-notice}),
 * and from how many waitlisted residents a larger room is looked for ({@code waitlist-threshold}).
 */
@ConfigurationProperties("servicecentre.occupancy")
record OccupancySettings(Duration noShowGrace, Integer emptyStreak, Duration emptySessionNotice,
                         Integer waitlistThreshold, Duration moveHorizon, Integer batchSize) {

    OccupancySettings {
        noShowGrace = noShowGrace == null ? Duration.ofMinutes(15) : noShowGrace;
        emptyStreak = emptyStreak == null || emptyStreak < 1 ? 3 : emptyStreak;
        emptySessionNotice = emptySessionNotice == null ? Duration.ofHours(24) : emptySessionNotice;
        waitlistThreshold = waitlistThreshold == null || waitlistThreshold < 1 ? 5 : waitlistThreshold;
        moveHorizon = moveHorizon == null ? Duration.ofDays(14) : moveHorizon;
        batchSize = batchSize == null || batchSize < 1 ? 200 : batchSize;
    }
}
