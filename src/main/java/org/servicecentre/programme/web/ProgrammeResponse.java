package org.servicecentre.programme.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.servicecentre.programme.ProgrammeSummary;
import org.servicecentre.programme.ProgrammeVisibility;
import org.servicecentre.programme.RegistrationMode;
import org.servicecentre.programme.TargetGroup;

/** A programme as staff see it over the API. */
record ProgrammeResponse(long id, long organisationId, String organisationName, String title, String description,
                         Set<TargetGroup> targetGroups, Long categoryId, String fundingSource, Integer capacity,
                         RegistrationMode mode, ProgrammeVisibility visibility, Instant registrationOpensAt,
                         Instant registrationClosesAt,
                         @Schema(description = "The code of its public page and of "
                                 + "/api/v1/public/programmes/{code}") String publicCode,
                         boolean archived,
                         @Schema(description = "Scheduled sessions that have not ended") long upcomingSessions,
                         @Schema(description = "Whether the caller may change it, add sessions and register")
                         boolean mayEdit,
                         @Schema(description = "Minutes before each session its registrants are reminded; empty: "
                                 + "the defaults (1440 and 120)") List<Integer> reminderOffsets) {

    static ProgrammeResponse of(ProgrammeSummary p) {
        return new ProgrammeResponse(p.id(), p.organisationId(), p.organisationName(), p.title(), p.description(),
                p.targetGroups(), p.categoryId(), p.fundingSource(), p.capacity(), p.mode(), p.visibility(),
                p.registrationOpensAt(), p.registrationClosesAt(), p.publicCode(), p.archived(),
                p.upcomingSessions(), p.mayEdit(), p.reminderOffsets());
    }
}
