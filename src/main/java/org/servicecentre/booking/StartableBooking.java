package org.servicecentre.booking;

import java.time.Instant;
import java.time.ZoneId;

/**
 * A confirmed booking as a kiosk shows it to the staff member who may confirm its start: room, time, organisation and
 * purpose, and whether (when, by whom) its start was confirmed already.
 */
public record StartableBooking(long id, long roomId, String roomName, long centreId, long organisationId,
                               String organisationName, String purpose, Instant start, Instant end, ZoneId zone,
                               BookingStarted started) {
}
