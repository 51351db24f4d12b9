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
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A city, district, street or shequ. {@code path} lists the ids from the city down ("/1/4/9/"), so that
 * "this region and everything below it" is one prefix match.
 */
@Entity
@Table(name = "region")
class Region {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 32)
    private String code;

    @Column(nullable = false, length = 100)
    private String name;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16)
    private RegionLevel level;

    @Column(name = "parent_id")
    private Long parentId;

    @Column(nullable = false, length = 400)
    private String path = "/";

    @Version
    private long version;

    protected Region() {
    }

    Region(String code, String name, RegionLevel level, Long parentId) {
        this.code = code;
        this.name = name;
        this.level = level;
        this.parentId = parentId;
    }

    void rename(String newName) {
        this.name = newName;
    }

    /** Called once the id is known, and again if the parent's path changes. */
    void placeUnder(String parentPath) {
        this.path = (parentPath == null ? "/" : parentPath) + id + "/";
    }

    Long id() {
        return id;
    }

    String code() {
        return code;
    }

    String path() {
        return path;
    }

    RegionLevel level() {
        return level;
    }

    String name() {
        return name;
    }

    RegionSummary summary(String parentName) {
        return new RegionSummary(id, code, name, level, parentId, parentName, path);
    }
}
