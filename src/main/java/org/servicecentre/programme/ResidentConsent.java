package org.servicecentre.programme;

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

/** One recorded consent: what the resident agreed we keep, when, how, recorded by whom, and whether withdrawn. */
@Entity
@Table(name = "resident_consent")
class ResidentConsent {

    /** The privacy notice residents agree to; bump it when the notice's wording changes. */
    static final String NOTICE_VERSION = "2026-11";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "resident_id", nullable = false)
    private long residentId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private ConsentSubject subject;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16)
    private ConsentChannel channel;

    @Column(name = "notice_version", nullable = false, length = 16)
    private String noticeVersion;

    @Column(name = "given_at", nullable = false)
    private Instant givenAt;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    protected ResidentConsent() {
    }

    ResidentConsent(long residentId, ConsentSubject subject, ConsentChannel channel, String recordedBy, Instant at) {
        this.residentId = residentId;
        this.subject = subject;
        this.channel = channel;
        this.noticeVersion = NOTICE_VERSION;
        this.recordedBy = recordedBy;
        this.givenAt = at;
    }

    void withdraw(Instant at) {
        withdrawnAt = at;
    }

    void moveTo(long otherResident) {
        residentId = otherResident;
    }

    ConsentRecord record() {
        return new ConsentRecord(subject, channel, noticeVersion, givenAt, recordedBy, withdrawnAt);
    }

    long residentId() {
        return residentId;
    }

    ConsentSubject subject() {
        return subject;
    }

    boolean active() {
        return withdrawnAt == null;
    }
}
