package org.servicecentre.booking;

import java.time.Instant;
import java.time.ZoneId;

/**
 * A booking as its organisation, the centre's managers and officers see it. {@code mine} says it belongs to the
 * caller's organisation; the {@code may*} flags say what the caller may do with it now. {@code started} says when
 * and by whom staff confirmed that it has started (null while nobody has).
 */
public record BookingSummary(long id, long roomId, String roomName, long centreId, String centreName, ZoneId zone,
                             long organisationId, String organisationName, Long seriesId, Instant start, Instant end,
                             String purpose, int expectedAttendance, Long programmeId, BookingStatus status,
                             String requestedBy, String decisionNote, String decidedBy, Instant createdAt,
                             boolean mine, boolean mayChange, boolean mayCancel, boolean mayDecide,
                             BookingStarted started, boolean mayConfirmStart) {
}
