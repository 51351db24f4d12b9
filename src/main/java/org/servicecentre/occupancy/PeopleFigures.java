package org.servicecentre.occupancy;

/**
 * Who came in a period, counted and never named.
 *
 * @param sessions           programme sessions held (not cancelled) in the rooms of the subject
 * @param registrations      registrations for them (registered, not cancelled or waitlisted)
 * @param attendances        attendances at them (a check-in or a ticked attendance, once per resident and session)
 * @param walkIns            check-ins without a session (walk-ins, visits)
 * @param distinctResidents  residents who came at least once (known residents only; anonymous walk-ins are not
 *                           people we can tell apart)
 * @param newResidents       of those, the ones who had never come to the subject before the period
 * @param returningResidents of those, the ones who had come before
 */
public record PeopleFigures(int sessions, int registrations, int attendances, int walkIns, int distinctResidents,
                            int newResidents, int returningResidents) {

    public static final PeopleFigures NONE = new PeopleFigures(0, 0, 0, 0, 0, 0, 0);

    /** Attendances over registrations (0–1), or null without registrations. */
    public Double attendanceRate() {
        return registrations == 0 ? null : (double) attendances / registrations;
    }
}
