package org.servicecentre.centre;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.ZoneId;

/** The editable fields of a centre. */
public class CentreDraft {

    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

    @NotBlank
    @Size(max = 32)
    @Pattern(regexp = "[A-Za-z0-9_-]+")
    private String code = "";

    @NotBlank
    @Size(max = 100)
    private String name = "";

    @NotNull
    private CentreLevel level = CentreLevel.SHEQU;

    @NotNull
    private Long regionId;

    @Size(max = 200)
    private String address = "";

    @Size(max = 40)
    @Pattern(regexp = "[0-9+() -]*")
    private String phone = "";

    @NotNull
    private ZoneId timeZone = DEFAULT_ZONE;

    private boolean active = true;

    public static CentreDraft of(CentreSummary centre) {
        var draft = new CentreDraft();
        draft.code = centre.code();
        draft.name = centre.name();
        draft.level = centre.level();
        draft.regionId = centre.regionId();
        draft.address = centre.address() == null ? "" : centre.address();
        draft.phone = centre.phone() == null ? "" : centre.phone();
        draft.timeZone = centre.timeZone();
        draft.active = centre.active();
        return draft;
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code == null ? "" : code.trim().toUpperCase(java.util.Locale.ROOT); }
    public String getName() { return name; }
    public void setName(String name) { this.name = name == null ? "" : name.trim(); }
    public CentreLevel getLevel() { return level; }
    public void setLevel(CentreLevel level) { this.level = level; }
    public Long getRegionId() { return regionId; }
    public void setRegionId(Long regionId) { this.regionId = regionId; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address == null ? "" : address.trim(); }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone == null ? "" : phone.trim(); }
    public ZoneId getTimeZone() { return timeZone; }
    public void setTimeZone(ZoneId timeZone) { this.timeZone = timeZone; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
}
