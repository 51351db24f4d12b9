package org.servicecentre.occupancy;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * What is going on at a centre at one moment, for the live view: its rooms in use now and next, the people in now
 * (open check-ins of today) against the centre's capacity (its rooms' places together), today's sessions and the
 * kiosks. Counts only, never a resident.
 *
 * @param capacity the places of the centre's active, bookable rooms together (not its archives or stores)
 * @param peopleIn open check-ins of today (checked in, not yet checked out)
 */
public record LiveCentre(long centreId, String centreName, ZoneId zone, Instant at, int capacity, int peopleIn,
                         List<LiveRoom> rooms, List<LiveSession> sessions, List<LiveKiosk> kiosks) {

    /** How long a kiosk may stay silent and still count as online (it checks in with the server every minute). */
    public static final java.time.Duration KIOSK_ONLINE_WITHIN = java.time.Duration.ofMinutes(5);

    public LiveCentre {
        rooms = List.copyOf(rooms);
        sessions = List.copyOf(sessions);
        kiosks = List.copyOf(kiosks);
    }

    /** The share of the places taken, 0–1, or null for a centre without rooms. */
    public Double fill() {
        return capacity == 0 ? null : (double) peopleIn / capacity;
    }

    public long roomsInUse() {
        return rooms.stream().filter(r -> r.now() != null).count();
    }

    public long kiosksOnline() {
        return kiosks.stream().filter(LiveKiosk::online).count();
    }

    /** A room with what holds it now (or null) and its next confirmed use today (or null). */
    public record LiveRoom(long roomId, String name, int capacity, LiveUse now, LiveUse next) {
    }

    /** A confirmed booking of a room: the programme's title when a session is held in it, else its purpose. */
    public record LiveUse(long bookingId, Instant start, Instant end, String title, String organisationName,
                          boolean session) {
    }

    /**
     * A session today with its registrations (per session or for the whole programme) and its check-ins; capacity is
     * the programme's places per session, at most its room's (null for an outside session without a limit).
     */
    public record LiveSession(long sessionId, String title, String organisationName, String place, Instant start,
                              Instant end, int registered, int checkedIn, Integer capacity) {

        public boolean runningAt(Instant at) {
            return !start.isAfter(at) && end.isAfter(at);
        }

        public boolean overAt(Instant at) {
            return !end.isAfter(at);
        }
    }

    /** A paired kiosk of the centre; online when seen within {@link #KIOSK_ONLINE_WITHIN}. */
    public record LiveKiosk(long id, String name, boolean online, Instant lastSeenAt) {
    }
}
