package org.servicecentre.booking;

import java.time.Instant;

/** That a booking has started, as staff confirmed it: when, who (account id and the name shown) and how. */
public record BookingStarted(Instant at, long byId, String byName, BookingStartMethod method) {
}
