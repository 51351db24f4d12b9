package org.servicecentre.booking;

import java.time.Instant;

/** Published when a booking is moved to another time or room, so that what is held in it (a session) follows. */
public record BookingRescheduled(long bookingId, long roomId, long centreId, Instant start, Instant end,
                                 Long programmeId, long previousRoomId, Instant previousStart, Instant previousEnd) {
}
