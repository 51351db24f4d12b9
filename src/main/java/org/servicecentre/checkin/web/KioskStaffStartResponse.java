package org.servicecentre.checkin.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.servicecentre.booking.StartableBooking;
import org.servicecentre.checkin.StaffStartOutcome;
import org.servicecentre.checkin.StaffStartResult;

/**
 * What the kiosk shows a staff member: the outcome and its text, their name, the booking started (and when, by whom),
 * the bookings to choose from, or their next booking here today.
 */
record KioskStaffStartResponse(StaffStartOutcome outcome, String message, String staffName, BookingJson booking,
                               List<BookingJson> choices, BookingJson next) {

    static KioskStaffStartResponse of(StaffStartResult result, String message) {
        return new KioskStaffStartResponse(result.outcome(), message, result.staffName(),
                BookingJson.of(result.booking()), result.choices().stream().map(BookingJson::of).toList(),
                BookingJson.of(result.next()));
    }

    /** A booking as the kiosk names it; times in the offset of the centre's zone. */
    record BookingJson(long id, String room, String organisation, String purpose, OffsetDateTime start,
                       OffsetDateTime end, OffsetDateTime startedAt, String startedBy) {

        static BookingJson of(StartableBooking b) {
            if (b == null) {
                return null;
            }
            return new BookingJson(b.id(), b.roomName(), b.organisationName(), b.purpose(), at(b.start(), b.zone()),
                    at(b.end(), b.zone()), b.started() == null ? null : at(b.started().at(), b.zone()),
                    b.started() == null ? null : b.started().byName());
        }

        private static OffsetDateTime at(Instant instant, ZoneId zone) {
            return instant.atZone(zone).toOffsetDateTime();
        }
    }
}
