package org.servicecentre.centre;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Locale;

/** The editable fields of an amenity. */
public class AmenityDraft {

    @NotBlank
    @Size(max = 32)
    @Pattern(regexp = "[A-Za-z0-9_-]+")
    private String code = "";

    @NotBlank
    @Size(max = 60)
    private String nameZh = "";

    @NotBlank
    @Size(max = 60)
    private String nameEn = "";

    @Min(0)
    @Max(9999)
    private int sortOrder;

    private boolean active = true;

    public static AmenityDraft of(AmenitySummary amenity) {
        var draft = new AmenityDraft();
        draft.code = amenity.code();
        draft.nameZh = amenity.nameZh();
        draft.nameEn = amenity.nameEn();
        draft.sortOrder = amenity.sortOrder();
        draft.active = amenity.active();
        return draft;
    }

    public static AmenityDraft of(String code, String chinese, String english, int order) {
        var draft = new AmenityDraft();
        draft.setCode(code);
        draft.setNameZh(chinese);
        draft.setNameEn(english);
        draft.setSortOrder(order);
        return draft;
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code == null ? "" : code.trim().toUpperCase(Locale.ROOT); }
    public String getNameZh() { return nameZh; }
    public void setNameZh(String nameZh) { this.nameZh = nameZh == null ? "" : nameZh.trim(); }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = nameEn == null ? "" : nameEn.trim(); }
    public int getSortOrder() { return sortOrder; }
    public void setSortOrder(int sortOrder) { this.sortOrder = sortOrder; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
}
