package org.servicecentre.booking;

import java.time.Duration;
import java.time.Instant;
import org.servicecentre.centre.RoomSummary;

/** A room over [start, end), and the wider range its set-up and clean-up buffers block. */
record Slot(long roomId, long centreId, Instant start, Instant end, Instant blockedFrom, Instant blockedUntil) {

    static Slot of(RoomSummary room, Instant start, Instant end) {
        return new Slot(room.id(), room.centreId(), start, end,
                start.minus(Duration.ofMinutes(room.setupMinutes())), end.plus(Duration.ofMinutes(room.cleanupMinutes())));
    }

    boolean overlaps(Instant otherFrom, Instant otherUntil) {
        return blockedFrom.isBefore(otherUntil) && otherFrom.isBefore(blockedUntil);
    }
}
