package org.servicecentre.checkin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.servicecentre.programme.TargetGroup;

/** One scan at a centre's entrance and what it was answered; a successful one is a check-in of a resident. */
@Entity
@Table(name = "check_in")
class CheckIn {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "centre_id", nullable = false)
    private long centreId;

    @Column(name = "kiosk_id")
    private Long kioskId;

    @Column(name = "client_nonce", length = 64)
    private String clientNonce;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 24)
    private KioskOutcome outcome;

    @Column(length = 16)
    private String subject;

    @Column(name = "session_id")
    private Long sessionId;

    @Column(name = "registration_id")
    private Long registrationId;

    @Column(name = "card_id")
    private Long cardId;

    @Column(name = "resident_id")
    private Long residentId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "target_group", length = 32)
    private TargetGroup targetGroup;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16)
    private ScanMethod method;

    @Column(name = "scanned_at", nullable = false)
    private Instant scannedAt;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "checked_out_at")
    private Instant checkedOutAt;

    @Column(name = "auto_closed", nullable = false)
    private boolean autoClosed;

    protected CheckIn() {
    }

    CheckIn(long centreId, Long kioskId, String clientNonce, ScanMethod method, Instant scannedAt,
            Instant receivedAt) {
        this.centreId = centreId;
        this.kioskId = kioskId;
        this.clientNonce = clientNonce;
        this.method = method;
        this.scannedAt = scannedAt;
        this.receivedAt = receivedAt;
    }

    void answer(KioskOutcome result, String subjectKind, Long subjectRegistration, Long subjectCard, Long resident,
                Long session) {
        outcome = result;
        subject = subjectKind;
        registrationId = subjectRegistration;
        cardId = subjectCard;
        residentId = resident;
        sessionId = session;
    }

    /** A walk-in's optional, self-declared group, counted for reports; nothing else is asked. */
    void declare(TargetGroup group) {
        targetGroup = group;
    }

    Long kioskId() {
        return kioskId;
    }

    String clientNonce() {
        return clientNonce;
    }

    Long id() {
        return id;
    }

    KioskOutcome outcome() {
        return outcome;
    }

    Long sessionId() {
        return sessionId;
    }

    Long residentId() {
        return residentId;
    }

    Instant scannedAt() {
        return scannedAt;
    }

    long centreId() {
        return centreId;
    }

    Instant checkedOutAt() {
        return checkedOutAt;
    }

    boolean autoClosed() {
        return autoClosed;
    }
}
