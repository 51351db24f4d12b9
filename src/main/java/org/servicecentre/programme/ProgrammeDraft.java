package org.servicecentre.programme;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * What a programme is: its title and description, for whom, in which service category, paid by whom, how many
 * places each session (or the whole programme) has, and how residents sign up. {@code organisationId} may be left
 * out by NGO staff (their own organisation); admins name it. {@code reminderOffsets}: minutes before each session
 * its registrants are reminded (none: the defaults, see {@link ReminderOffsets}).
 */
public record ProgrammeDraft(Long organisationId, @NotBlank @Size(max = 120) String title,
                             @Size(max = 4000) String description, Set<TargetGroup> targetGroups, Long categoryId,
                             @Size(max = 200) String fundingSource, @Min(1) @Max(10_000) Integer capacity,
                             @NotNull RegistrationMode mode, @NotNull ProgrammeVisibility visibility,
                             Instant registrationOpensAt, Instant registrationClosesAt,
                             @Size(max = ReminderOffsets.MOST)
                             List<@Min(ReminderOffsets.MIN_MINUTES) @Max(ReminderOffsets.MAX_MINUTES) Integer>
                                     reminderOffsets) {

    public ProgrammeDraft {
        title = title == null ? null : title.strip();
        reminderOffsets = ReminderOffsets.normalise(reminderOffsets);
        description = blankToNull(description);
        fundingSource = blankToNull(fundingSource);
        targetGroups = targetGroups == null ? Set.of() : Set.copyOf(targetGroups);
    }

    /** A programme reminding its registrants at the default times (see {@link ReminderOffsets}). */
    public ProgrammeDraft(Long organisationId, String title, String description, Set<TargetGroup> targetGroups,
                          Long categoryId, String fundingSource, Integer capacity, RegistrationMode mode,
                          ProgrammeVisibility visibility, Instant registrationOpensAt, Instant registrationClosesAt) {
        this(organisationId, title, description, targetGroups, categoryId, fundingSource, capacity, mode, visibility,
                registrationOpensAt, registrationClosesAt, List.of());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
