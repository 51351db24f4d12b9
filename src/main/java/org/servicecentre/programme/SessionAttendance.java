package org.servicecentre.programme;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** That a resident came to a session: ticked by staff on the attendance list, or (kiosk issue) by a check-in. */
@Entity
@Table(name = "session_attendance")
class SessionAttendance {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "session_id", nullable = false)
    private long sessionId;

    @Column(name = "resident_id", nullable = false)
    private long residentId;

    @Column(name = "registration_id")
    private Long registrationId;

    @Column(name = "attended_at", nullable = false)
    private Instant attendedAt;

    @Column(nullable = false, length = 16)
    private String method;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    protected SessionAttendance() {
    }

    SessionAttendance(long sessionId, long residentId, Long registrationId, String method, String recordedBy,
                      Instant at) {
        this.sessionId = sessionId;
        this.residentId = residentId;
        this.registrationId = registrationId;
        this.method = method;
        this.recordedBy = recordedBy;
        this.attendedAt = at;
    }

    void moveTo(long otherResident) {
        residentId = otherResident;
    }

    long sessionId() {
        return sessionId;
    }

    long residentId() {
        return residentId;
    }

    Instant attendedAt() {
        return attendedAt;
    }
}
