package org.servicecentre.centre;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One sector, category or item of the service catalogue; categories and items hang under an entry one level up. */
@Entity
@Table(name = "catalogue_entry")
class CatalogueEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16)
    private CatalogueLevel level;

    @Column(nullable = false, length = 32)
    private String code;

    @Column(name = "parent_id")
    private Long parentId;

    @Column(name = "name_zh", nullable = false, length = 100)
    private String nameZh;

    @Column(name = "name_en", length = 100)
    private String nameEn;

    @Column(length = 500)
    private String description;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private long version;

    protected CatalogueEntry() {
    }

    CatalogueEntry(CatalogueLevel level, String code) {
        this.level = level;
        this.code = code;
    }

    void describe(Long newParentId, CatalogueEntryDraft draft) {
        this.parentId = newParentId;
        this.nameZh = draft.getNameZh();
        this.nameEn = blankToNull(draft.getNameEn());
        this.description = level == CatalogueLevel.ITEM ? blankToNull(draft.getDescription()) : null;
        this.sortOrder = draft.getSortOrder();
        this.active = draft.isActive();
    }

    void archive() {
        this.active = false;
    }

    void restore() {
        this.active = true;
    }

    Long id() {
        return id;
    }

    CatalogueLevel level() {
        return level;
    }

    String code() {
        return code;
    }

    Long parentId() {
        return parentId;
    }

    boolean active() {
        return active;
    }

    CatalogueName name() {
        return new CatalogueName(nameZh, nameEn);
    }

    CatalogueEntrySummary summary(String parentCode, List<CatalogueName> path, long children) {
        return new CatalogueEntrySummary(id, level, code, parentId, parentCode, name(), path, description, sortOrder,
                active, children);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
