package org.servicecentre.occupancy;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * A usage proposal as lists and digests show it: what it is about ({@code title}: the programme or the booking's
 * purpose), where and when, what was found (a streak of empty sessions, places wanted, registrations and waitlist),
 * for a move the free larger rooms found, and whether the caller may decide it.
 */
public record ProposalSummary(long id, ProposalKind kind, ProposalState state, long centreId, String centreName,
                              String roomName, ZoneId zone, long organisationId, String organisationName,
                              Long bookingId, Long seriesId, Long sessionId, Long programmeId, String title,
                              Instant start, Instant end, Integer streak, Integer wantedPlaces, Integer registered,
                              Integer waitlisted, List<RoomOption> rooms, Instant createdAt, boolean mayDecide) {

    /** A free room a session could move to. */
    public record RoomOption(long roomId, String centreName, String roomName, Integer capacity) {
    }
}
