package org.servicecentre.booking.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.servicecentre.booking.SeriesSummary;

/** A booking series: its rule, the first occurrence's wall-clock start in {@code zone}, and its bookings. */
record SeriesResponse(long id, long roomId, String roomName, long centreId, String centreName, long organisationId,
                      String organisationName, String rrule, String zone, LocalDateTime firstStart, long durationMinutes,
                      String purpose, int expectedAttendance, String createdBy, Instant createdAt,
                      List<SeriesBookingJson> bookings) {

    static SeriesResponse of(SeriesSummary s) {
        return new SeriesResponse(s.id(), s.roomId(), s.roomName(), s.centreId(), s.centreName(), s.organisationId(),
                s.organisationName(), s.rule().text(), s.zone().getId(), s.firstStart(), s.length().toMinutes(),
                s.purpose(), s.expectedAttendance(), s.createdBy(), s.createdAt(),
                s.bookings().stream().map(SeriesBookingJson::of).toList());
    }
}
