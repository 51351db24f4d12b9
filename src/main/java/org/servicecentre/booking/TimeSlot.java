package org.servicecentre.booking;

import java.time.Instant;

/** A half-open time range [start, end). */
public record TimeSlot(Instant start, Instant end) {
}
