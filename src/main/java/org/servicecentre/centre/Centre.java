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
import java.time.ZoneId;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A Party Mass Service Centre: a place residents come to, kept by its managers, serving one region. */
@Entity
@Table(name = "centre")
class Centre {

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
    private CentreLevel level;

    @Column(name = "region_id", nullable = false)
    private long regionId;

    @Column(length = 200)
    private String address;

    @Column(length = 40)
    private String phone;

    @Column(name = "time_zone", nullable = false, length = 64)
    private String timeZone = CentreDraft.DEFAULT_ZONE.getId();

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private long version;

    protected Centre() {
    }

    Centre(String code, CentreLevel level, long regionId) {
        this.code = code;
        this.level = level;
        this.regionId = regionId;
    }

    void describe(String newName, String newAddress, String newPhone, ZoneId zone, boolean isActive) {
        this.name = newName;
        this.address = newAddress;
        this.phone = newPhone;
        this.timeZone = zone.getId();
        this.active = isActive;
    }

    Long id() {
        return id;
    }

    String code() {
        return code;
    }

    String name() {
        return name;
    }

    CentreLevel level() {
        return level;
    }

    long regionId() {
        return regionId;
    }

    String address() {
        return address;
    }

    ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    CentreSummary summary(String regionName) {
        return new CentreSummary(id, code, name, level, regionId, regionName, address, phone, ZoneId.of(timeZone), active);
    }
}
