package org.servicecentre.booking;

import java.time.Instant;

/**
 * One booking in a calendar. When {@code details} is false the caller sees only that the room is busy: purpose and
 * organisation are null (another organisation's booking shown to NGO staff).
 */
public record CalendarEntry(long id, long roomId, Instant start, Instant end, Instant blockedFrom, Instant blockedUntil,
                            BookingStatus status, boolean details, String purpose, String organisationName,
                            boolean mine, Long seriesId) {
}
