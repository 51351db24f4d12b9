package org.servicecentre.checkin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;

/**
 * A kiosk of one centre and the pairing of the device that plays it. A pairing code (hashed) is exchanged once for a
 * device token (hashed); a new pairing code or a revoke ends the current pairing at once.
 */
@Entity
@Table(name = "kiosk_device")
class KioskDevice {

    /** How long "last seen" may lag: writing the row on every request would cost a write per request. */
    private static final Duration SEEN_PRECISION = Duration.ofMinutes(1);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "centre_id", nullable = false)
    private long centreId;

    @Column(nullable = false, length = 40)
    private String code;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "pairing_code_hash", length = 64)
    private String pairingCodeHash;

    @Column(name = "pairing_expires_at")
    private Instant pairingExpiresAt;

    @Column(name = "token_hash", length = 64)
    private String tokenHash;

    @Column(name = "paired_at")
    private Instant pairedAt;

    @Column(name = "last_seen_at")
    private Instant lastSeenAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected KioskDevice() {
    }

    KioskDevice(long centreId, String code, String name, String createdBy, Instant createdAt) {
        this.centreId = centreId;
        this.code = code;
        this.name = name;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** Starts a (new) pairing: any device paired so far stops working now, and a revoke is lifted. */
    void awaitPairing(String codeHash, Instant expiresAt) {
        this.pairingCodeHash = codeHash;
        this.pairingExpiresAt = expiresAt;
        this.tokenHash = null;
        this.pairedAt = null;
        this.revokedAt = null;
    }

    boolean pairableAt(Instant now) {
        return pairingCodeHash != null && revokedAt == null && pairingExpiresAt.isAfter(now);
    }

    /** Exchanges the pairing code for the token: the code cannot be used again. */
    void pair(String newTokenHash, Instant now) {
        this.tokenHash = newTokenHash;
        this.pairedAt = now;
        this.lastSeenAt = now;
        this.pairingCodeHash = null;
        this.pairingExpiresAt = null;
    }

    void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
        tokenHash = null;
        pairingCodeHash = null;
        pairingExpiresAt = null;
    }

    /** Notes that the device was seen, at minute precision. */
    void seen(Instant now) {
        if (lastSeenAt == null || lastSeenAt.isBefore(now.minus(SEEN_PRECISION))) {
            lastSeenAt = now;
        }
    }

    boolean usable() {
        return tokenHash != null && revokedAt == null;
    }

    KioskState stateAt(Instant now) {
        if (revokedAt != null) {
            return KioskState.REVOKED;
        }
        if (tokenHash != null) {
            return KioskState.PAIRED;
        }
        return pairableAt(now) ? KioskState.AWAITING_PAIRING : KioskState.PAIRING_EXPIRED;
    }

    Long id() {
        return id;
    }

    long centreId() {
        return centreId;
    }

    String code() {
        return code;
    }

    String name() {
        return name;
    }

    KioskSummary summary(String centreName, Instant now) {
        return new KioskSummary(id, centreId, centreName, code, name, stateAt(now), pairingExpiresAt, pairedAt,
                lastSeenAt, revokedAt);
    }
}
