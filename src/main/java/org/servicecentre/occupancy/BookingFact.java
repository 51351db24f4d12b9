package org.servicecentre.occupancy;

import java.time.Instant;

import org.servicecentre.booking.BookingStatus;

/**
 * What the rollup needs to know of a booking: its times (buffers left out, they are not use), its status, and whether
 * anybody came (an attendance at one of its sessions or a staff start confirmation).
 */
record BookingFact(long id, Instant start, Instant end, BookingStatus status, boolean attended) {

    boolean used() {
        return status == BookingStatus.CONFIRMED || status == BookingStatus.COMPLETED;
    }
}
