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

/** One meeting of a programme: in a booked room (centre and room copied from the booking) or at an outside place. */
@Entity
@Table(name = "programme_session")
class ProgrammeSession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "programme_id", nullable = false)
    private long programmeId;

    @Column(name = "booking_id")
    private Long bookingId;

    @Column(name = "centre_id")
    private Long centreId;

    @Column(name = "room_id")
    private Long roomId;

    @Column(length = 200)
    private String location;

    @Column(name = "starts_at", nullable = false)
    private Instant start;

    @Column(name = "ends_at", nullable = false)
    private Instant end;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16)
    private SessionStatus status = SessionStatus.SCHEDULED;

    @Column(name = "cancel_reason", length = 500)
    private String cancelReason;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Version
    private long version;

    protected ProgrammeSession() {
    }

    static ProgrammeSession inBooking(long programmeId, long bookingId, long centreId, long roomId, Instant start,
                                      Instant end) {
        var session = new ProgrammeSession();
        session.programmeId = programmeId;
        session.bookingId = bookingId;
        session.centreId = centreId;
        session.roomId = roomId;
        session.start = start;
        session.end = end;
        return session;
    }

    static ProgrammeSession outside(long programmeId, String location, Instant start, Instant end) {
        var session = new ProgrammeSession();
        session.programmeId = programmeId;
        session.location = location;
        session.start = start;
        session.end = end;
        return session;
    }

    void cancel(String reason, Instant at) {
        if (status == SessionStatus.CANCELLED) {
            throw new DomainException("SESSION_ALREADY_CANCELLED");
        }
        status = SessionStatus.CANCELLED;
        cancelReason = reason;
        cancelledAt = at;
    }

    /** Follows its booking when the booking is moved (to another centre's room too, e.g. a larger room nearby). */
    void reschedule(long newCentreId, long newRoomId, Instant newStart, Instant newEnd) {
        centreId = newCentreId;
        roomId = newRoomId;
        start = newStart;
        end = newEnd;
    }

    Long id() {
        return id;
    }

    long programmeId() {
        return programmeId;
    }

    Long bookingId() {
        return bookingId;
    }

    Long centreId() {
        return centreId;
    }

    Long roomId() {
        return roomId;
    }

    String location() {
        return location;
    }

    Instant start() {
        return start;
    }

    Instant end() {
        return end;
    }

    SessionStatus status() {
        return status;
    }

    String cancelReason() {
        return cancelReason;
    }
}
