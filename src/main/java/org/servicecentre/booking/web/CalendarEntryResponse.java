package org.servicecentre.booking.web;

import static org.servicecentre.booking.web.BookingResponse.at;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.servicecentre.booking.BookingStatus;
import org.servicecentre.booking.CalendarEntry;

/**
 * One booking in a calendar. With {@code details} false the caller sees only that the room is busy: purpose and
 * organisation are null (another organisation's booking, shown to NGO staff).
 */
record CalendarEntryResponse(long id, long roomId, OffsetDateTime start, OffsetDateTime end,
                             OffsetDateTime blockedFrom, OffsetDateTime blockedUntil, BookingStatus status,
                             boolean details, String purpose, String organisationName, boolean mine, Long seriesId) {

    static CalendarEntryResponse of(CalendarEntry e, ZoneId zone) {
        return new CalendarEntryResponse(e.id(), e.roomId(), at(e.start(), zone), at(e.end(), zone),
                at(e.blockedFrom(), zone), at(e.blockedUntil(), zone), e.status(), e.details(), e.purpose(),
                e.organisationName(), e.mine(), e.seriesId());
    }
}
