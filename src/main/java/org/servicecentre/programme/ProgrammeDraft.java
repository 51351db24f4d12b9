package org.servicecentre.programme;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Set;

/**
 * What a programme is: its title and description, for whom, in which service category, paid by whom, how many
 * places each session (or the whole programme) has, and how residents sign up. {@code organisationId} may be left
 * out by NGO staff (their own organisation); admins name it.
 */
public record ProgrammeDraft(Long organisationId, @NotBlank @Size(max = 120) String title,
                             @Size(max = 4000) String description, Set<TargetGroup> targetGroups, Long categoryId,
                             @Size(max = 200) String fundingSource, @Min(1) @Max(10_000) Integer capacity,
                             @NotNull RegistrationMode mode, @NotNull ProgrammeVisibility visibility,
                             Instant registrationOpensAt, Instant registrationClosesAt) {

    public ProgrammeDraft {
        title = title == null ? null : title.strip();
        description = blankToNull(description);
        fundingSource = blankToNull(fundingSource);
        targetGroups = targetGroups == null ? Set.of() : Set.copyOf(targetGroups);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
