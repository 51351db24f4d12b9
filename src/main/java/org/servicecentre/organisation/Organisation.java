package org.servicecentre.organisation;

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

/** An NGO, volunteer team, Party branch, residents' committee or department, registered in a home region. */
@Entity
@Table(name = "organisation")
class Organisation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 32)
    private String code;

    @Column(nullable = false, length = 120)
    private String name;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 32)
    private OrganisationKind kind;

    @Column(name = "region_id", nullable = false)
    private long regionId;

    @Column(length = 200)
    private String address;

    @Column(length = 40)
    private String phone;

    @Column(length = 1000)
    private String description;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private long version;

    protected Organisation() {
    }

    Organisation(String code) {
        this.code = code;
    }

    void describe(OrganisationDraft draft) {
        this.name = draft.getName();
        this.kind = draft.getKind();
        this.regionId = draft.getRegionId();
        this.address = blankToNull(draft.getAddress());
        this.phone = blankToNull(draft.getPhone());
        this.description = blankToNull(draft.getDescription());
        this.active = draft.isActive();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    Long id() {
        return id;
    }

    String code() {
        return code;
    }

    long regionId() {
        return regionId;
    }

    OrganisationSummary summary(String regionName) {
        return new OrganisationSummary(id, code, name, kind, regionId, regionName, address, phone, description, active);
    }
}
