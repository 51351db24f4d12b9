package org.servicecentre.checkin;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One anonymous satisfaction score at a centre, perhaps about a session, with the tags tapped with it. It names no
 * resident and keeps its time only to the hour (see V15__feedback.sql).
 */
@Entity
@Table(name = "feedback")
class Feedback {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "centre_id", nullable = false)
    private long centreId;

    @Column(name = "kiosk_id")
    private Long kioskId;

    @Column(name = "session_id")
    private Long sessionId;

    @Column(nullable = false)
    private short score;

    @Column(name = "client_nonce", length = 64)
    private String clientNonce;

    @Column(name = "given_at", nullable = false)
    private Instant givenAt;

    @ElementCollection
    @CollectionTable(name = "feedback_tag", joinColumns = @JoinColumn(name = "feedback_id"))
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "tag", nullable = false, length = 32)
    private Set<FeedbackTag> tags = new HashSet<>();

    protected Feedback() {
    }

    Feedback(long centreId, Long kioskId, Long sessionId, int score, Set<FeedbackTag> tags, String clientNonce,
             Instant givenAt) {
        this.centreId = centreId;
        this.kioskId = kioskId;
        this.sessionId = sessionId;
        this.score = (short) score;
        this.tags = new HashSet<>(tags);
        this.clientNonce = clientNonce;
        this.givenAt = givenAt;
    }

    Long id() {
        return id;
    }

    Long kioskId() {
        return kioskId;
    }

    String clientNonce() {
        return clientNonce;
    }

    int score() {
        return score;
    }

    Set<FeedbackTag> tags() {
        return tags.isEmpty() ? EnumSet.noneOf(FeedbackTag.class) : EnumSet.copyOf(tags);
    }
}
