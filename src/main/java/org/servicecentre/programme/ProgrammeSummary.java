package org.servicecentre.programme;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A programme as lists and screens show it. {@code mayEdit} says whether the caller may change it, add sessions
 * and register residents; {@code upcomingSessions} counts scheduled sessions that have not ended;
 * {@code reminderOffsets} the minutes before each session its registrants are reminded (empty: the defaults).
 */
public record ProgrammeSummary(long id, long organisationId, String organisationName, String title,
                               String description, Set<TargetGroup> targetGroups, Long categoryId,
                               String fundingSource, Integer capacity, RegistrationMode mode,
                               ProgrammeVisibility visibility, Instant registrationOpensAt,
                               Instant registrationClosesAt, String publicCode, boolean archived,
                               long upcomingSessions, boolean mayEdit, List<Integer> reminderOffsets) {

    public ProgrammeDraft toDraft() {
        return new ProgrammeDraft(organisationId, title, description, targetGroups, categoryId, fundingSource,
                capacity, mode, visibility, registrationOpensAt, registrationClosesAt, reminderOffsets);
    }
}
