package org.servicecentre.programme.ui;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.servicecentre.centre.CatalogueEntrySummary;
import org.servicecentre.organisation.OrganisationSummary;
import org.servicecentre.programme.ProgrammeDraft;
import org.servicecentre.programme.ProgrammeVisibility;
import org.servicecentre.programme.RegistrationMode;
import org.servicecentre.programme.ReminderOffsets;
import org.servicecentre.programme.TargetGroup;

/**
 * What the programme form edits: a {@link ProgrammeDraft} made mutable for the binder, with the chosen organisation
 * and service category as objects and the registration window as wall-clock times in the reader's zone. Public
 * only because the binder reads its properties by reflection.
 */
public class ProgrammeFormBean {

    private OrganisationSummary organisation;
    @NotBlank
    @Size(max = 120)
    private String title = "";
    @Size(max = 4000)
    private String description = "";
    private Set<TargetGroup> targetGroups = EnumSet.noneOf(TargetGroup.class);
    private CatalogueEntrySummary category;
    @Size(max = 200)
    private String fundingSource = "";
    @Min(1)
    @Max(10_000)
    private Integer capacity;
    @NotNull
    private RegistrationMode mode = RegistrationMode.PER_SESSION;
    @NotNull
    private ProgrammeVisibility visibility = ProgrammeVisibility.PUBLIC;
    private LocalDateTime registrationOpens;
    private LocalDateTime registrationCloses;
    private String reminderHours = "";

    /** The draft's values; the organisation and category objects are given by the caller, who looked them up. */
    static ProgrammeFormBean of(ProgrammeDraft draft, OrganisationSummary organisation,
                                CatalogueEntrySummary category, ZoneId zone) {
        var bean = new ProgrammeFormBean();
        bean.organisation = organisation;
        bean.title = draft.title() == null ? "" : draft.title();
        bean.description = draft.description() == null ? "" : draft.description();
        bean.targetGroups = draft.targetGroups().isEmpty() ? EnumSet.noneOf(TargetGroup.class)
                : EnumSet.copyOf(draft.targetGroups());
        bean.category = category;
        bean.fundingSource = draft.fundingSource() == null ? "" : draft.fundingSource();
        bean.capacity = draft.capacity();
        bean.mode = draft.mode();
        bean.visibility = draft.visibility();
        bean.registrationOpens = draft.registrationOpensAt() == null ? null
                : LocalDateTime.ofInstant(draft.registrationOpensAt(), zone);
        bean.registrationCloses = draft.registrationClosesAt() == null ? null
                : LocalDateTime.ofInstant(draft.registrationClosesAt(), zone);
        // what is in effect, the defaults included, so that nobody reads an empty field as "no reminders"
        bean.reminderHours = draft.mode() == RegistrationMode.NONE ? ""
                : ReminderOffsets.formatHours(ReminderOffsets.effective(draft.reminderOffsets()));
        return bean;
    }

    ProgrammeDraft toDraft(ZoneId zone) {
        return new ProgrammeDraft(organisation == null ? null : organisation.id(), title, description, targetGroups,
                category == null ? null : category.id(), fundingSource,
                mode == RegistrationMode.NONE ? null : capacity, mode, visibility,
                registrationOpens == null ? null : registrationOpens.atZone(zone).toInstant(),
                registrationCloses == null ? null : registrationCloses.atZone(zone).toInstant(),
                ReminderOffsets.parseHours(reminderHours).orElse(List.of()));
    }

    public OrganisationSummary getOrganisation() { return organisation; }
    public void setOrganisation(OrganisationSummary organisation) { this.organisation = organisation; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public Set<TargetGroup> getTargetGroups() { return targetGroups; }
    public void setTargetGroups(Set<TargetGroup> targetGroups) { this.targetGroups = targetGroups; }
    public CatalogueEntrySummary getCategory() { return category; }
    public void setCategory(CatalogueEntrySummary category) { this.category = category; }
    public String getFundingSource() { return fundingSource; }
    public void setFundingSource(String fundingSource) { this.fundingSource = fundingSource; }
    public Integer getCapacity() { return capacity; }
    public void setCapacity(Integer capacity) { this.capacity = capacity; }
    public RegistrationMode getMode() { return mode; }
    public void setMode(RegistrationMode mode) { this.mode = mode; }
    public ProgrammeVisibility getVisibility() { return visibility; }
    public void setVisibility(ProgrammeVisibility visibility) { this.visibility = visibility; }
    public LocalDateTime getRegistrationOpens() { return registrationOpens; }
    public void setRegistrationOpens(LocalDateTime registrationOpens) { this.registrationOpens = registrationOpens; }
    public String getReminderHours() { return reminderHours; }
    public void setReminderHours(String reminderHours) { this.reminderHours = reminderHours; }
    public LocalDateTime getRegistrationCloses() { return registrationCloses; }
    public void setRegistrationCloses(LocalDateTime registrationCloses) { this.registrationCloses = registrationCloses; }
}
