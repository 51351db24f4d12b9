package org.servicecentre.programme;

/**
 * A session with what the occupancy checks need of its programme: the organisation running it, how residents
 * register, and the session's counts (registered, waitlisted, attended, in {@link SessionSummary}).
 */
public record SessionLoad(SessionSummary session, long organisationId, RegistrationMode mode) {

    public boolean needsRegistration() {
        return mode.needsRegistration();
    }
}
