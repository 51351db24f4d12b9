package org.servicecentre.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The editable fields of an organisation. */
public class OrganisationDraft {

    @NotBlank
    @Size(max = 32)
    @Pattern(regexp = "[A-Za-z0-9_-]+")
    private String code = "";

    @NotBlank
    @Size(max = 120)
    private String name = "";

    @NotNull
    private OrganisationKind kind = OrganisationKind.NGO;

    @NotNull
    private Long regionId;

    @Size(max = 200)
    private String address = "";

    @Size(max = 40)
    @Pattern(regexp = "[0-9+() -]*")
    private String phone = "";

    @Size(max = 1000)
    private String description = "";

    private boolean active = true;

    public static OrganisationDraft of(OrganisationSummary organisation) {
        var draft = new OrganisationDraft();
        draft.code = organisation.code();
        draft.name = organisation.name();
        draft.kind = organisation.kind();
        draft.regionId = organisation.regionId();
        draft.address = organisation.address() == null ? "" : organisation.address();
        draft.phone = organisation.phone() == null ? "" : organisation.phone();
        draft.description = organisation.description() == null ? "" : organisation.description();
        draft.active = organisation.active();
        return draft;
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code == null ? "" : code.trim().toUpperCase(java.util.Locale.ROOT); }
    public String getName() { return name; }
    public void setName(String name) { this.name = name == null ? "" : name.trim(); }
    public OrganisationKind getKind() { return kind; }
    public void setKind(OrganisationKind kind) { this.kind = kind; }
    public Long getRegionId() { return regionId; }
    public void setRegionId(Long regionId) { this.regionId = regionId; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address == null ? "" : address.trim(); }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone == null ? "" : phone.trim(); }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description == null ? "" : description.trim(); }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
}
