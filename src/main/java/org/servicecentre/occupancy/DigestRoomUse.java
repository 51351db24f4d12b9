package org.servicecentre.occupancy;

/**
 * How much a room was used in a week: the minutes it was open (hours minus closures) and the minutes of confirmed or
 * completed bookings within them.
 */
public record DigestRoomUse(long roomId, String roomName, int capacity, long openMinutes, long bookedMinutes) {

    /** Booked over open time in whole per cent, or null when the room was not open at all. */
    public Integer percent() {
        return openMinutes == 0 ? null : (int) Math.round(bookedMinutes * 100.0 / openMinutes);
    }
}
