package org.servicecentre.programme;

import java.time.Instant;
import java.util.Set;

/**
 * A programme as lists and screens show it. {@code mayEdit} says whether the caller may change it, add sessions
 * and register residents; {@code upcomingSessions} counts scheduled sessions that have not ended.
 */
public record ProgrammeSummary(long id, long organisationId, String organisationName, String title,
                               String description, Set<TargetGroup> targetGroups, Long categoryId,
                               String fundingSource, Integer capacity, RegistrationMode mode,
                               ProgrammeVisibility visibility, Instant registrationOpensAt,
                               Instant registrationClosesAt, String publicCode, boolean archived,
                               long upcomingSessions, boolean mayEdit) {

    public ProgrammeDraft toDraft() {
        return new ProgrammeDraft(organisationId, title, description, targetGroups, categoryId, fundingSource,
                capacity, mode, visibility, registrationOpensAt, registrationClosesAt);
    }
}
