package org.servicecentre.booking;

/**
 * Where a booking stands. Only {@link #REQUESTED} and {@link #CONFIRMED} hold the room; the others free it.
 * {@link #RELEASED} (nobody came) and {@link #COMPLETED} are set by the scheduled jobs of the reminders issue.
 */
public enum BookingStatus {
    REQUESTED, CONFIRMED, DECLINED, CANCELLED, RELEASED, COMPLETED;

    public boolean holdsRoom() {
        return this == REQUESTED || this == CONFIRMED;
    }
}
