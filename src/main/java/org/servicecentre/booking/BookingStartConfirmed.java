package org.servicecentre.booking;

import java.time.Instant;

/**
 * Published once per booking, when staff first confirm that it has started (at the kiosk with their staff code, or in
 * the app): the booking is in use, so the no-show release of the reminders issue must leave it alone.
 */
public record BookingStartConfirmed(long bookingId, long roomId, long centreId, long organisationId, Instant start,
                                    Instant end, Instant confirmedAt, long confirmedById, BookingStartMethod method) {
}
