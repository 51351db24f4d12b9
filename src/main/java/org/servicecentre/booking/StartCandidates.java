package org.servicecentre.booking;

import java.util.List;

/**
 * What a staff member may start at a centre now: the confirmed bookings of theirs on now or starting within half an
 * hour (those already confirmed as started among them, with when and by whom), and their next one later today.
 */
public record StartCandidates(List<StartableBooking> now, StartableBooking later) {

    public StartCandidates {
        now = List.copyOf(now);
    }

    /** Those of {@link #now} whose start nobody has confirmed yet. */
    public List<StartableBooking> open() {
        return now.stream().filter(b -> b.started() == null).toList();
    }
}
