package org.servicecentre.centre;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The editable fields of a region. The code identifies it in imports and never changes. */
public class RegionDraft {

    @NotBlank
    @Size(max = 32)
    @Pattern(regexp = "[A-Za-z0-9_-]+")
    private String code = "";

    @NotBlank
    @Size(max = 100)
    private String name = "";

    @NotNull
    private RegionLevel level = RegionLevel.SHEQU;

    private Long parentId;

    public static RegionDraft of(RegionSummary region) {
        var draft = new RegionDraft();
        draft.code = region.code();
        draft.name = region.name();
        draft.level = region.level();
        draft.parentId = region.parentId();
        return draft;
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code == null ? "" : code.trim().toUpperCase(java.util.Locale.ROOT); }
    public String getName() { return name; }
    public void setName(String name) { this.name = name == null ? "" : name.trim(); }
    public RegionLevel getLevel() { return level; }
    public void setLevel(RegionLevel level) { this.level = level; }
    public Long getParentId() { return parentId; }
    public void setParentId(Long parentId) { this.parentId = parentId; }
}
