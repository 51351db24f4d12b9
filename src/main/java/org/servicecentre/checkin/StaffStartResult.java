package org.servicecentre.checkin;

import java.util.List;
import org.servicecentre.booking.StartableBooking;

/**
 * The answer to a staff code at a kiosk: the outcome; the staff member's name to greet them (null for a code that is
 * not valid); the booking started (with when and by whom in {@code booking.started()}); the bookings to choose from;
 * and, when there is nothing to start now, their next booking here later today (or null).
 */
public record StaffStartResult(StaffStartOutcome outcome, String staffName, StartableBooking booking,
                               List<StartableBooking> choices, StartableBooking next) {

    public StaffStartResult {
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    static StaffStartResult notValid() {
        return new StaffStartResult(StaffStartOutcome.NOT_VALID, null, null, List.of(), null);
    }
}
