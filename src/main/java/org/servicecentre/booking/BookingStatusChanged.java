package org.servicecentre.booking;

import java.time.Instant;

/**
 * Published when a booking is created or its state changes (previous is null for a new booking), for the
 * reminders issue to tell the organisation and the managers.
 */
public record BookingStatusChanged(long bookingId, long roomId, long centreId, long organisationId, Instant start,
                                   BookingStatus previous, BookingStatus current, String note) {
}
