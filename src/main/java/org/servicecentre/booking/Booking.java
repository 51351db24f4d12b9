package org.servicecentre.booking;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A room held for [start, end) by an organisation; blocked from/until add the room's buffers as they were then. */
@Entity
@Table(name = "booking")
class Booking {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "room_id", nullable = false)
    private long roomId;

    @Column(name = "centre_id", nullable = false)
    private long centreId;

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    @Column(name = "series_id")
    private Long seriesId;

    @Column(name = "starts_at", nullable = false)
    private Instant start;

    @Column(name = "ends_at", nullable = false)
    private Instant end;

    @Column(name = "blocked_from", nullable = false)
    private Instant blockedFrom;

    @Column(name = "blocked_until", nullable = false)
    private Instant blockedUntil;

    @Column(nullable = false, length = 200)
    private String purpose;

    @Column(name = "expected_attendance", nullable = false)
    private int expectedAttendance;

    @Column(name = "programme_id")
    private Long programmeId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16)
    private BookingStatus status;

    @Column(name = "requested_by", nullable = false, length = 100)
    private String requestedBy;

    @Column(name = "requested_by_id", nullable = false)
    private long requestedById;

    @Column(name = "decision_note", length = 500)
    private String decisionNote;

    @Column(name = "decided_by", length = 100)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "started_by", length = 100)
    private String startedBy;

    @Column(name = "started_by_id")
    private Long startedById;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "start_method", length = 24)
    private BookingStartMethod startMethod;

    @Version
    private long version;

    protected Booking() {
    }

    Booking(Slot slot, long organisationId, Long seriesId, BookingDraft draft, BookingStatus status,
            String requestedBy, long requestedById, Instant now) {
        this.roomId = slot.roomId();
        this.centreId = slot.centreId();
        this.organisationId = organisationId;
        this.seriesId = seriesId;
        this.requestedBy = requestedBy;
        this.requestedById = requestedById;
        this.createdAt = now;
        this.status = status;
        describe(slot, draft);
    }

    final void describe(Slot slot, BookingDraft draft) {
        this.roomId = slot.roomId();
        this.centreId = slot.centreId();
        this.start = slot.start();
        this.end = slot.end();
        this.blockedFrom = slot.blockedFrom();
        this.blockedUntil = slot.blockedUntil();
        this.purpose = draft.purpose();
        this.expectedAttendance = draft.expectedAttendance();
        this.programmeId = draft.programmeId();
    }

    void decide(BookingStatus outcome, String note, String by, Instant at) {
        this.status = outcome;
        this.decisionNote = note;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    /** Notes that staff confirmed the booking has started; the first confirmation stays. True if this was the first. */
    boolean confirmStart(Instant at, long byId, String byName, BookingStartMethod method) {
        if (startedAt != null) {
            return false;
        }
        this.startedAt = at;
        this.startedById = byId;
        this.startedBy = byName;
        this.startMethod = method;
        return true;
    }

    /**
     * After a change of times: a start confirmed at a moment that no longer lies in the booking's window (it was
     * moved to later, say) does not hold for the new times; a longer or shorter end keeps it.
     */
    void forgetStartOutsideItsWindow() {
        if (startedAt != null && !BookingStartRules.inWindow(this, startedAt)) {
            this.startedAt = null;
            this.startedById = null;
            this.startedBy = null;
            this.startMethod = null;
        }
    }

    /** When, by whom and how the start was confirmed; null while nobody has. */
    BookingStarted started() {
        return startedAt == null ? null : new BookingStarted(startedAt, startedById, startedBy, startMethod);
    }

    void linkProgramme(long programme) {
        this.programmeId = programme;
    }

    void moveTo(BookingStatus next) {
        this.status = next;
    }

    Long id() {
        return id;
    }

    long roomId() {
        return roomId;
    }

    long centreId() {
        return centreId;
    }

    long organisationId() {
        return organisationId;
    }

    Long seriesId() {
        return seriesId;
    }

    Instant start() {
        return start;
    }

    Instant end() {
        return end;
    }

    Instant blockedFrom() {
        return blockedFrom;
    }

    Instant blockedUntil() {
        return blockedUntil;
    }

    String purpose() {
        return purpose;
    }

    int expectedAttendance() {
        return expectedAttendance;
    }

    Long programmeId() {
        return programmeId;
    }

    BookingStatus status() {
        return status;
    }

    String requestedBy() {
        return requestedBy;
    }

    String decisionNote() {
        return decisionNote;
    }

    String decidedBy() {
        return decidedBy;
    }

    Instant createdAt() {
        return createdAt;
    }

    Duration length() {
        return Duration.between(start, end);
    }

    BookingDraft draft() {
        return new BookingDraft(roomId, start, end, purpose, organisationId, expectedAttendance, programmeId);
    }
}
