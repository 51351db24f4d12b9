package org.servicecentre.checkin;

import java.time.Instant;
import java.time.ZoneId;

/**
 * What the small screen by a room's door shows: what is on now (or that the room is free, and until when), what comes
 * next today, and for a session now how many have checked in against the room's capacity.
 * <p>
 * {@code freeUntil} is null while the room is busy, or when it is free for the rest of the day.
 */
public record DoorDisplay(long roomId, String roomName, long centreId, String centreName, Integer capacity,
                          ZoneId zone, Instant at, Occupancy now, Occupancy next, Instant freeUntil, long checkedIn) {

    public boolean busy() {
        return now != null;
    }

    /**
     * One use of the room today. {@code title} is the programme's title for a session of a public programme, else null
     * (the door then says only "booked"): other organisations' booking purposes are not for passers-by.
     */
    public record Occupancy(Instant start, Instant end, String title, String organisationName, Long sessionId) {
    }
}
