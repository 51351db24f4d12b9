package org.servicecentre.occupancy;

/**
 * How a room (or many) was used in a period. Only time inside opening hours counts, closures excluded; buffers before
 * and after a booking are not use.
 *
 * @param openMinutes       minutes the rooms were open
 * @param bookedMinutes     minutes of confirmed or completed bookings inside them (released and cancelled ones are
 *                          not use)
 * @param attendedMinutes   the part of those where somebody came: a check-in, a ticked attendance or a staff start
 *                          confirmation for the booking
 * @param heldBookings      bookings that held the room and started in the period: confirmed, completed or released
 * @param releasedBookings  of those, released because nobody came
 * @param unattendedBookings of those, not released but past and nobody came either
 * @param cancelledBookings bookings cancelled by their organisation or a manager, starting in the period
 */
public record UsageFigures(long openMinutes, long bookedMinutes, long attendedMinutes, int heldBookings,
                           int releasedBookings, int unattendedBookings, int cancelledBookings) {

    public static final UsageFigures NONE = new UsageFigures(0, 0, 0, 0, 0, 0, 0);

    public UsageFigures plus(UsageFigures other) {
        return new UsageFigures(openMinutes + other.openMinutes, bookedMinutes + other.bookedMinutes,
                attendedMinutes + other.attendedMinutes, heldBookings + other.heldBookings,
                releasedBookings + other.releasedBookings, unattendedBookings + other.unattendedBookings,
                cancelledBookings + other.cancelledBookings);
    }

    /** Booked over open time (0–1), or null when nothing was open. */
    public Double utilisation() {
        return openMinutes == 0 ? null : (double) bookedMinutes / openMinutes;
    }

    /** Attended over open time (0–1), or null when nothing was open. */
    public Double attendedUtilisation() {
        return openMinutes == 0 ? null : (double) attendedMinutes / openMinutes;
    }

    /** Released over held bookings (0–1), or null without held bookings. */
    public Double releaseRate() {
        return heldBookings == 0 ? null : (double) releasedBookings / heldBookings;
    }

    /** Bookings nobody came to (released or not) over held bookings (0–1), or null without held bookings. */
    public Double noShowRate() {
        return heldBookings == 0 ? null : (double) (releasedBookings + unattendedBookings) / heldBookings;
    }
}
