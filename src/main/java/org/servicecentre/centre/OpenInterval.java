package org.servicecentre.centre;

import java.time.Instant;

/** A stretch of time [start, end) when a room is open, as instants. */
public record OpenInterval(Instant start, Instant end) {

    public boolean contains(Instant from, Instant to) {
        return !from.isBefore(start) && !to.isAfter(end);
    }
}
