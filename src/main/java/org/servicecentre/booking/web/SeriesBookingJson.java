package org.servicecentre.booking.web;

import java.time.OffsetDateTime;
import org.servicecentre.booking.BookingStatus;
import org.servicecentre.booking.BookingSummary;

/** A booking of a series, times in the centre's zone. */
record SeriesBookingJson(long id, long roomId, Long seriesId, OffsetDateTime start, OffsetDateTime end,
                         String purpose, int expectedAttendance, BookingStatus status, String decisionNote) {

    static SeriesBookingJson of(BookingSummary b) {
        return new SeriesBookingJson(b.id(), b.roomId(), b.seriesId(), b.start().atZone(b.zone()).toOffsetDateTime(),
                b.end().atZone(b.zone()).toOffsetDateTime(), b.purpose(), b.expectedAttendance(), b.status(),
                b.decisionNote());
    }
}
