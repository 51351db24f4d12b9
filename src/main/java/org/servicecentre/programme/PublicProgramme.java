package org.servicecentre.programme;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A programme as its public page shows it to anyone: what, by whom, for whom, whether sign-up is open now, and the
 * sessions still to come with their free places. Nothing personal.
 */
public record PublicProgramme(String code, String title, String description, String organisationName,
                              Set<TargetGroup> targetGroups, RegistrationMode mode, ProgrammeVisibility visibility,
                              boolean registrationOpen, Instant registrationOpensAt, Instant registrationClosesAt,
                              Integer capacity, List<SessionSummary> sessions) {

    public PublicProgramme {
        targetGroups = Set.copyOf(targetGroups);
        sessions = List.copyOf(sessions);
    }
}
