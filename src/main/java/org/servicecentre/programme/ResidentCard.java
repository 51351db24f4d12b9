package org.servicecentre.programme;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A printed personal QR card; a new card revokes the one before, so a lost card stops working. */
@Entity
@Table(name = "resident_card")
class ResidentCard {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "resident_id", nullable = false)
    private long residentId;

    @Column(name = "show_name", nullable = false)
    private boolean showName;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "issued_by", nullable = false, length = 100)
    private String issuedBy;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected ResidentCard() {
    }

    ResidentCard(long residentId, boolean showName, String issuedBy, Instant issuedAt) {
        this.residentId = residentId;
        this.showName = showName;
        this.issuedBy = issuedBy;
        this.issuedAt = issuedAt;
    }

    void revoke(Instant at) {
        if (revokedAt == null) {
            revokedAt = at;
        }
    }

    void moveTo(long otherResident) {
        residentId = otherResident;
    }

    Long id() {
        return id;
    }

    long residentId() {
        return residentId;
    }

    boolean showName() {
        return showName;
    }

    Instant issuedAt() {
        return issuedAt;
    }

    Instant revokedAt() {
        return revokedAt;
    }
}
