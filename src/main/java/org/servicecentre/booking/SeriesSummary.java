package org.servicecentre.booking;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * A booking series as its organisation and the centre's managers see it: the rule, the first occurrence's wall-clock
 * start in {@code zone}, and its bookings (cancelled and declined ones too), in order.
 */
public record SeriesSummary(long id, long roomId, String roomName, long centreId, String centreName,
                            long organisationId, String organisationName, RecurrenceRule rule, ZoneId zone,
                            LocalDateTime firstStart, Duration length, String purpose, int expectedAttendance,
                            String createdBy, Instant createdAt, List<BookingSummary> bookings) {

    public SeriesSummary {
        bookings = List.copyOf(bookings);
    }
}
