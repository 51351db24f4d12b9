package org.servicecentre.programme.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.servicecentre.programme.ProgrammeDraft;
import org.servicecentre.programme.ProgrammeVisibility;
import org.servicecentre.programme.RegistrationMode;
import org.servicecentre.programme.TargetGroup;

/** A programme as a client creates or changes it; the registration window is ISO-8601 with an offset. */
record ProgrammeRequest(
        @Schema(description = "The organisation running it; NGO staff leave it out (their own), admins name it")
        Long organisationId,
        @NotBlank @Size(max = 120) @Schema(example = "新市民劳动权益咨询") String title,
        @Size(max = 4000) String description,
        @Schema(example = "[\"MIGRANT_WORKERS\"]") Set<TargetGroup> targetGroups,
        @Schema(description = "A service category of the catalogue") Long categoryId,
        @Size(max = 200) @Schema(example = "区民政局公益创投") String fundingSource,
        @Min(1) @Max(10_000) @Schema(description = "Places per session (or in all, for WHOLE_PROGRAMME); needed "
                + "unless mode is NONE", example = "20") Integer capacity,
        @NotNull @Schema(description = "NONE (drop-in), PER_SESSION or WHOLE_PROGRAMME") RegistrationMode mode,
        @NotNull @Schema(description = "PUBLIC (listed) or INVITATION (reached through its link only)")
        ProgrammeVisibility visibility,
        @Schema(example = "2027-03-01T09:00:00+08:00") OffsetDateTime registrationOpensAt,
        @Schema(example = "2027-03-10T18:00:00+08:00") OffsetDateTime registrationClosesAt,
        @Size(max = 3) @Schema(description = "Minutes before each session its registrants are reminded (15 to "
                + "10080, at most 3); left out or empty: 24 h and 2 h before", example = "[1440, 120]")
        List<Integer> reminderOffsets) {

    ProgrammeDraft toDraft() {
        return new ProgrammeDraft(organisationId, title, description, targetGroups, categoryId, fundingSource,
                capacity, mode, visibility, registrationOpensAt == null ? null : registrationOpensAt.toInstant(),
                registrationClosesAt == null ? null : registrationClosesAt.toInstant(), reminderOffsets);
    }
}
