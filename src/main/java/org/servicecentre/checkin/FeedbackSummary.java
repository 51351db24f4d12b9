package org.servicecentre.checkin;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * The satisfaction scores of a centre over the days {@code from} to {@code to} (both included, in the centre's zone):
 * how many, their average (null without any), how many gave each score ({@code distribution[0]} is score 1), how often
 * each tag was tapped (every tag, in {@link FeedbackTag} order), and the sessions scored, latest first.
 */
public record FeedbackSummary(long centreId, LocalDate from, LocalDate to, long count, Double average,
                              List<Long> distribution, Map<FeedbackTag, Long> tags, List<SessionFeedback> sessions) {

    public FeedbackSummary {
        distribution = List.copyOf(distribution);
        var every = new java.util.EnumMap<FeedbackTag, Long>(FeedbackTag.class);
        every.putAll(tags);
        tags = java.util.Collections.unmodifiableMap(every);
        sessions = List.copyOf(sessions);
    }

    /** How many gave this score (1–5). */
    public long countOf(int score) {
        return distribution.get(score - 1);
    }

    /** The share of 4 and 5 (满意率), 0–1, or null without any score. */
    public Double satisfiedShare() {
        return count == 0 ? null : (double) (countOf(4) + countOf(5)) / count;
    }

    /** The scores given about one session: its programme, when it started (centre time), how many, their average. */
    public record SessionFeedback(long sessionId, String programmeTitle, LocalDateTime start, long count,
                                  double average) {
    }
}
