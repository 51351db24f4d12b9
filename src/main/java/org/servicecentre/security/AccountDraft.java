package org.servicecentre.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.servicecentre.shared.Languages;

/** The editable fields of an account, as a form or the API fills them in. */
public class AccountDraft {

    @NotBlank
    @Size(min = 3, max = 64)
    @Pattern(regexp = "[a-zA-Z0-9._-]+")
    private String username = "";

    @NotBlank
    @Size(max = 100)
    private String displayName = "";

    @NotNull
    private Role role = Role.NGO_STAFF;

    private Long regionId;
    private Long organisationId;
    private Set<Long> centreIds = new HashSet<>();

    @NotNull
    private Locale language = Languages.CHINESE;

    public static AccountDraft of(AccountSummary account) {
        var draft = new AccountDraft();
        draft.username = account.username();
        draft.displayName = account.displayName();
        draft.role = account.role();
        draft.regionId = account.regionId();
        draft.organisationId = account.organisationId();
        draft.centreIds = new HashSet<>(account.centreIds());
        draft.language = account.language();
        return draft;
    }

    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username == null ? "" : username.trim().toLowerCase(java.util.Locale.ROOT); }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName == null ? "" : displayName.trim(); }
    public Role getRole() { return role; }
    public void setRole(Role role) { this.role = role; }
    public Long getRegionId() { return regionId; }
    public void setRegionId(Long regionId) { this.regionId = regionId; }
    public Long getOrganisationId() { return organisationId; }
    public void setOrganisationId(Long organisationId) { this.organisationId = organisationId; }
    public Set<Long> getCentreIds() { return centreIds; }
    public void setCentreIds(Set<Long> centreIds) { this.centreIds = centreIds == null ? new HashSet<>() : new HashSet<>(centreIds); }
    public Locale getLanguage() { return language; }
    public void setLanguage(Locale language) { this.language = language; }
}
