package org.servicecentre.occupancy;

import java.util.List;

/**
 * One centre's part of a manager's digest: room use, the sessions held, those nobody attended and those under half
 * attended, oversubscribed programmes, and how many sessions the next week holds.
 */
public record DigestCentre(long centreId, String name, DigestWeek week, List<DigestRoomUse> rooms, int sessionsHeld,
                           List<DigestSession> empty, List<DigestSession> underAttended,
                           List<DigestOversubscribed> oversubscribed, int upcomingSessions) {

    /** Nothing took place: no session and no booked minute. */
    public boolean quiet() {
        return sessionsHeld == 0 && rooms.stream().allMatch(r -> r.bookedMinutes() == 0);
    }
}
