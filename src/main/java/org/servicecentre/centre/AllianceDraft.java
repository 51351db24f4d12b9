package org.servicecentre.centre;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import java.util.Set;

/** The editable fields of an alliance; the code is fixed once the alliance exists. */
public class AllianceDraft {

    @NotBlank
    @Size(max = 32)
    @Pattern(regexp = "[A-Za-z0-9_-]+")
    private String code = "";

    @NotBlank
    @Size(max = 100)
    private String name = "";

    @NotNull
    @Size(max = 1000)
    private String description = "";

    @NotNull
    @NotEmpty
    private Set<Long> centreIds = Set.of();

    private boolean active = true;

    public static AllianceDraft of(AllianceSummary alliance) {
        var draft = new AllianceDraft();
        draft.setCode(alliance.code());
        draft.setName(alliance.name());
        draft.setDescription(alliance.description());
        draft.setCentreIds(alliance.memberIds());
        draft.setActive(alliance.active());
        return draft;
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code == null ? "" : code.trim().toUpperCase(Locale.ROOT); }
    public String getName() { return name; }
    public void setName(String name) { this.name = name == null ? "" : name.trim(); }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description == null ? "" : description.trim(); }
    public Set<Long> getCentreIds() { return centreIds; }
    public void setCentreIds(Set<Long> centreIds) { this.centreIds = centreIds == null ? Set.of() : Set.copyOf(centreIds); }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
}
