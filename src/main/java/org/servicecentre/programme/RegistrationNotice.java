package org.servicecentre.programme;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Something a registrant was told (kind: SESSION_CANCELLED, PROMOTED, CANCELLED_BY_STAFF), shown on the ticket page. */
@Entity
@Table(name = "registration_notice")
class RegistrationNotice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "registration_id", nullable = false)
    private long registrationId;

    @Column(nullable = false, length = 32)
    private String kind;

    @Column(length = 500)
    private String note;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected RegistrationNotice() {
    }

    RegistrationNotice(long registrationId, String kind, String note, Instant createdAt) {
        this.registrationId = registrationId;
        this.kind = kind;
        this.note = note;
        this.createdAt = createdAt;
    }

    RegistrantNotice notice() {
        return new RegistrantNotice(kind, note, createdAt);
    }
}
