package org.servicecentre.programme;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.servicecentre.shared.DomainException;

/**
 * A resident's place in a session (or in the whole programme when {@code sessionId} is null), or their turn on the
 * waitlist, which is the order of ids. The manage token lets the resident cancel from their ticket page; only its
 * hash is kept.
 */
@Entity
@Table(name = "registration")
class Registration {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "programme_id", nullable = false)
    private long programmeId;

    @Column(name = "session_id")
    private Long sessionId;

    @Column(name = "resident_id", nullable = false)
    private long residentId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16)
    private RegistrationStatus status;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16)
    private RegistrationSource source;

    @Column(name = "manage_token_hash", length = 64)
    private String manageTokenHash;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "promoted_at")
    private Instant promotedAt;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "cancelled_by", length = 100)
    private String cancelledBy;

    @Column(name = "cancel_reason", length = 500)
    private String cancelReason;

    @Version
    private long version;

    protected Registration() {
    }

    Registration(long programmeId, Long sessionId, long residentId, RegistrationStatus status,
                 RegistrationSource source, String manageTokenHash, String createdBy, Instant createdAt) {
        this.programmeId = programmeId;
        this.sessionId = sessionId;
        this.residentId = residentId;
        this.status = status;
        this.source = source;
        this.manageTokenHash = manageTokenHash;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    void promote(Instant at) {
        if (status != RegistrationStatus.WAITLISTED) {
            throw new IllegalStateException("only a waitlisted registration moves up");
        }
        status = RegistrationStatus.REGISTERED;
        promotedAt = at;
    }

    void cancel(String by, String reason, Instant at) {
        if (status == RegistrationStatus.CANCELLED) {
            throw new DomainException("REGISTRATION_ALREADY_CANCELLED");
        }
        status = RegistrationStatus.CANCELLED;
        cancelledBy = by;
        cancelReason = reason;
        cancelledAt = at;
    }

    void renewManageToken(String hash) {
        manageTokenHash = hash;
    }

    void moveTo(long otherResident) {
        residentId = otherResident;
    }

    boolean active() {
        return status != RegistrationStatus.CANCELLED;
    }

    Long id() {
        return id;
    }

    long programmeId() {
        return programmeId;
    }

    Long sessionId() {
        return sessionId;
    }

    long residentId() {
        return residentId;
    }

    RegistrationStatus status() {
        return status;
    }

    RegistrationSource source() {
        return source;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant promotedAt() {
        return promotedAt;
    }

    Instant cancelledAt() {
        return cancelledAt;
    }

    String cancelReason() {
        return cancelReason;
    }
}
