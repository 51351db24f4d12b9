package org.servicecentre.programme;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * A session as the notifications need it: what, where (the place as {@link SessionSummary#place()} reads, and the
 * zone its times are told in), when, run by which organisation at which centre (null for an outside place), its
 * places ({@code capacity} null for drop-in), when its registrants are reminded ({@code reminderOffsets}, minutes
 * before, the defaults applied) and who holds a place in it now.
 */
public record RosterSession(long sessionId, long programmeId, String programmeTitle, long organisationId,
                            Long centreId, String place, ZoneId zone, Instant start, Instant end, SessionStatus status,
                            Integer capacity, List<Integer> reminderOffsets, List<Registrant> registered) {

    public RosterSession {
        reminderOffsets = List.copyOf(reminderOffsets);
        registered = List.copyOf(registered);
    }

    /**
     * A resident holding a place: their own in this session, or one in the whole programme. {@code reachable}: they
     * left a phone number (residents without one cannot be sent anything).
     */
    public record Registrant(long registrationId, long residentId, boolean wholeProgramme, boolean reachable) {
    }
}
