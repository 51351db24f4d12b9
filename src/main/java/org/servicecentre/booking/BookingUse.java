package org.servicecentre.booking;

import java.time.Instant;

/**
 * A booking as the occupancy checks read it, without the caller's scope: its room, organisation, series and
 * programme, its times and state, and when staff confirmed its start (null while nobody has).
 */
public record BookingUse(long id, long roomId, long centreId, long organisationId, Long seriesId, Long programmeId,
                         String purpose, Instant start, Instant end, BookingStatus status, Instant startedAt) {

    static BookingUse of(Booking b) {
        var started = b.started();
        return new BookingUse(b.id(), b.roomId(), b.centreId(), b.organisationId(), b.seriesId(), b.programmeId(),
                b.purpose(), b.start(), b.end(), b.status(), started == null ? null : started.at());
    }
}
