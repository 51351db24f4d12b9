package org.servicecentre.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A staff member's personal check-in code: one row per account, holding only the SHA-256 hash of the current code.
 * Renewing puts a new hash in place of the old (which stops working); revoking clears it.
 */
@Entity
@Table(name = "staff_code")
class StaffCheckInCode {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_account_id", nullable = false, unique = true)
    private long userId;

    @Column(name = "code_hash", unique = true, length = 64)
    private String codeHash;

    /** The first characters of the code, so its owner can tell the code on their phone is the current one. */
    @Column(name = "code_hint", length = 16)
    private String hint;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Version
    private long version;

    protected StaffCheckInCode() {
    }

    StaffCheckInCode(long userId) {
        this.userId = userId;
    }

    /** Puts a new code in place of whatever was there: the old one is refused from now on. */
    void replace(String newHash, String newHint, Instant now) {
        this.codeHash = newHash;
        this.hint = newHint;
        this.issuedAt = now;
        this.lastUsedAt = null;
        this.revokedAt = null;
    }

    void revoke(Instant now) {
        if (codeHash != null) {
            this.codeHash = null;
            this.revokedAt = now;
        }
    }

    boolean active() {
        return codeHash != null;
    }

    /** Notes the use at minute precision, as API tokens do: "last used" tells a live code from a forgotten one. */
    void used(Instant now) {
        if (lastUsedAt == null || lastUsedAt.isBefore(now.minusSeconds(60))) {
            this.lastUsedAt = now;
        }
    }

    long userId() {
        return userId;
    }

    StaffCodeSummary summary() {
        return new StaffCodeSummary(hint, issuedAt, lastUsedAt);
    }
}
