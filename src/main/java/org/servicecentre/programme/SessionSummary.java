package org.servicecentre.programme;

import java.time.Instant;
import java.time.ZoneId;

/**
 * A session as lists show it: where (a room in a centre, or an outside location), when, whether it takes place,
 * and its places: {@code capacity} null for drop-in programmes; registered and waitlisted count the session's own
 * registrations, or the programme's for whole-programme registration.
 */
public record SessionSummary(long id, long programmeId, String programmeTitle, Long bookingId, Long centreId,
                             String centreName, Long roomId, String roomName, String location, ZoneId zone,
                             Instant start, Instant end, SessionStatus status, String cancelReason,
                             Integer capacity, long registered, long waitlisted, long attended) {

    /** Places still free, or null when the programme has no registration. */
    public Integer freePlaces() {
        return capacity == null ? null : (int) Math.max(0, capacity - registered);
    }

    /** "科技园社区党群服务中心 · 多功能厅" or the outside location. */
    public String place() {
        if (location != null) {
            return location;
        }
        return roomName == null ? centreName : centreName + " · " + roomName;
    }
}
