package org.servicecentre.centre;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Says that an organisation may book in one centre, or in every active member centre of one alliance.
 * It is never changed, only created and removed.
 */
@Entity
@Table(name = "partnership")
class Partnership {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    @Column(name = "centre_id")
    private Long centreId;

    @Column(name = "alliance_id")
    private Long allianceId;

    @Column(length = 300)
    private String note;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Partnership() {
    }

    Partnership(long organisationId, Long centreId, Long allianceId, String note, String createdBy, Instant createdAt) {
        if ((centreId == null) == (allianceId == null)) {
            throw new IllegalArgumentException("a partnership targets exactly one centre or one alliance");
        }
        this.organisationId = organisationId;
        this.centreId = centreId;
        this.allianceId = allianceId;
        this.note = note;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    Long id() {
        return id;
    }

    long organisationId() {
        return organisationId;
    }

    Long centreId() {
        return centreId;
    }

    Long allianceId() {
        return allianceId;
    }

    String note() {
        return note;
    }

    String createdBy() {
        return createdBy;
    }

    Instant createdAt() {
        return createdAt;
    }
}
