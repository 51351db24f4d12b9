package org.servicecentre.booking.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.servicecentre.booking.BookingStartMethod;
import org.servicecentre.booking.BookingStatus;
import org.servicecentre.booking.BookingSummary;

/**
 * A booking as the API shows it; times in the offset of the centre's zone at that moment. {@code startedAt},
 * {@code startedBy} and {@code startMethod} say when, by whom and how staff confirmed it has started (null until then).
 */
record BookingResponse(long id, long roomId, String roomName, long centreId, String centreName, String zone,
                       long organisationId, String organisationName, Long seriesId, OffsetDateTime start,
                       OffsetDateTime end, String purpose, int expectedAttendance, Long programmeId,
                       BookingStatus status, String requestedBy, String decisionNote, String decidedBy,
                       OffsetDateTime createdAt, boolean mine, boolean mayChange, boolean mayCancel,
                       boolean mayDecide, OffsetDateTime startedAt, String startedBy,
                       BookingStartMethod startMethod) {

    static BookingResponse of(BookingSummary b) {
        var zone = b.zone();
        return new BookingResponse(b.id(), b.roomId(), b.roomName(), b.centreId(), b.centreName(), zone.getId(),
                b.organisationId(), b.organisationName(), b.seriesId(), at(b.start(), zone), at(b.end(), zone),
                b.purpose(), b.expectedAttendance(), b.programmeId(), b.status(), b.requestedBy(), b.decisionNote(),
                b.decidedBy(), at(b.createdAt(), zone), b.mine(), b.mayChange(), b.mayCancel(), b.mayDecide(),
                b.started() == null ? null : at(b.started().at(), zone),
                b.started() == null ? null : b.started().byName(),
                b.started() == null ? null : b.started().method());
    }

    static OffsetDateTime at(Instant instant, ZoneId zone) {
        return instant == null ? null : instant.atZone(zone).toOffsetDateTime();
    }
}
