package org.servicecentre.centre;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Locale;

/**
 * The editable fields of a catalogue entry. The parent is named by its code, so a CSV import can create or update
 * a whole catalogue by codes alone ({@link CatalogueService#save}); the code itself identifies the entry in its level.
 */
public class CatalogueEntryDraft {

    @NotNull
    private CatalogueLevel level = CatalogueLevel.ITEM;

    @NotBlank
    @Size(max = 32)
    @Pattern(regexp = "[A-Z0-9_-]+")
    private String code = "";

    @Size(max = 32)
    private String parentCode = "";

    @NotBlank
    @Size(max = 100)
    private String nameZh = "";

    @Size(max = 100)
    private String nameEn = "";

    @Size(max = 500)
    private String description = "";

    @Min(0)
    @Max(99999)
    private int sortOrder;

    private boolean active = true;

    public CatalogueEntryDraft() {
    }

    public CatalogueEntryDraft(CatalogueLevel level, String code, String parentCode, String nameZh, String nameEn) {
        this.level = level;
        setCode(code);
        setParentCode(parentCode);
        setNameZh(nameZh);
        setNameEn(nameEn);
    }

    public static CatalogueEntryDraft of(CatalogueEntrySummary entry) {
        var draft = new CatalogueEntryDraft(entry.level(), entry.code(), entry.parentCode(), entry.name().zh(),
                entry.name().en());
        draft.setDescription(entry.description());
        draft.sortOrder = entry.sortOrder();
        draft.active = entry.active();
        return draft;
    }

    public CatalogueLevel getLevel() { return level; }
    public void setLevel(CatalogueLevel level) { this.level = level; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = upper(code); }
    public String getParentCode() { return parentCode; }
    public void setParentCode(String parentCode) { this.parentCode = upper(parentCode); }
    public String getNameZh() { return nameZh; }
    public void setNameZh(String nameZh) { this.nameZh = trim(nameZh); }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = trim(nameEn); }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = trim(description); }
    public int getSortOrder() { return sortOrder; }
    public void setSortOrder(int sortOrder) { this.sortOrder = sortOrder; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }

    private static String upper(String text) {
        return text == null ? "" : text.trim().toUpperCase(Locale.ROOT);
    }

    private static String trim(String text) {
        return text == null ? "" : text.trim();
    }
}
