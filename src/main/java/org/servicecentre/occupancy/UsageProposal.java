package org.servicecentre.occupancy;

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
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.servicecentre.shared.DomainException;

/** A proposal about how a room is used, made by a check, decided once by the organisation or a manager. */
@Entity
@Table(name = "usage_proposal")
class UsageProposal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 32)
    private ProposalKind kind;

    @Column(nullable = false, length = 64)
    private String subject;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16)
    private ProposalState state = ProposalState.OPEN;

    @Column(name = "centre_id", nullable = false)
    private long centreId;

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    @Column(name = "booking_id")
    private Long bookingId;

    @Column(name = "series_id")
    private Long seriesId;

    @Column(name = "session_id")
    private Long sessionId;

    @Column(name = "programme_id")
    private Long programmeId;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "starts_at", nullable = false)
    private Instant start;

    @Column(name = "ends_at", nullable = false)
    private Instant end;

    private Integer streak;

    @Column(name = "wanted_places")
    private Integer wantedPlaces;

    private Integer registered;

    private Integer waitlisted;

    @Column(name = "room_options", length = 500)
    private String roomOptions;

    @Column(name = "chosen_room_id")
    private Long chosenRoomId;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by", length = 100)
    private String decidedBy;

    @Version
    private long version;

    protected UsageProposal() {
    }

    UsageProposal(ProposalKind kind, String subject, long centreId, long organisationId, String title,
                  Instant start, Instant end, Instant expiresAt, Instant createdAt) {
        this.kind = kind;
        this.subject = subject;
        this.centreId = centreId;
        this.organisationId = organisationId;
        this.title = title.length() > 200 ? title.substring(0, 199) + "…" : title;
        this.start = start;
        this.end = end;
        this.expiresAt = expiresAt;
        this.createdAt = createdAt;
    }

    UsageProposal about(Long booking, Long series, Long session, Long programme) {
        this.bookingId = booking;
        this.seriesId = series;
        this.sessionId = session;
        this.programmeId = programme;
        return this;
    }

    UsageProposal found(Integer streakFound, Integer wanted, Integer registeredFound, Integer waitlistedFound) {
        this.streak = streakFound;
        this.wantedPlaces = wanted;
        this.registered = registeredFound;
        this.waitlisted = waitlistedFound;
        return this;
    }

    UsageProposal offering(List<Long> roomIds) {
        var text = roomIds.stream().map(String::valueOf).collect(Collectors.joining(","));
        while (text.length() > 500) {
            text = text.substring(0, text.lastIndexOf(','));
        }
        this.roomOptions = text.isEmpty() ? null : text;
        return this;
    }

    /** Marks it decided; a proposal is decided once. */
    void decide(ProposalState outcome, Long chosenRoom, String by, Instant at) {
        if (state != ProposalState.OPEN) {
            throw new DomainException("PROPOSAL_NOT_OPEN");
        }
        this.state = outcome;
        this.chosenRoomId = chosenRoom;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    void expire(Instant at) {
        this.state = ProposalState.EXPIRED;
        this.decidedAt = at;
        this.decidedBy = "system";
    }

    List<Long> roomIds() {
        return roomOptions == null ? List.of()
                : Arrays.stream(roomOptions.split(",")).map(String::trim).map(Long::valueOf).toList();
    }

    Long id() {
        return id;
    }

    ProposalKind kind() {
        return kind;
    }

    String subject() {
        return subject;
    }

    ProposalState state() {
        return state;
    }

    long centreId() {
        return centreId;
    }

    long organisationId() {
        return organisationId;
    }

    Long bookingId() {
        return bookingId;
    }

    Long seriesId() {
        return seriesId;
    }

    Long sessionId() {
        return sessionId;
    }

    Long programmeId() {
        return programmeId;
    }

    String title() {
        return title;
    }

    Instant start() {
        return start;
    }

    Instant end() {
        return end;
    }

    Integer streak() {
        return streak;
    }

    Integer wantedPlaces() {
        return wantedPlaces;
    }

    Integer registered() {
        return registered;
    }

    Integer waitlisted() {
        return waitlisted;
    }

    Instant expiresAt() {
        return expiresAt;
    }

    Instant createdAt() {
        return createdAt;
    }
}
