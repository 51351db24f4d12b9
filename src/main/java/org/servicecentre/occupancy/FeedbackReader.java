package org.servicecentre.occupancy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.servicecentre.occupancy.AttendanceReach.Sql;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The SQL behind the satisfaction figures of {@link AttendanceStatistics} and {@link PublicScores}: the anonymous
 * scores of the {@code feedback} table. No scope checks here: callers check, or expose aggregates only.
 */
@Component
class FeedbackReader {

    private final JdbcTemplate jdbc;

    FeedbackReader(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Feedback given in the period at the subject's centres; for a room, about a session held in that room. */
    private Sql feedbackOf(AttendanceReach reach, UsagePeriod period) {
        var sql = new Sql().append(reach.within("f.centre_id", "f.given_at", period));
        if (reach.isRoom()) {
            sql.append(" and f.session_id in (select id from programme_session where room_id = ?)", reach.roomId());
        }
        return sql;
    }

    SatisfactionFigures satisfaction(AttendanceReach reach, UsagePeriod period) {
        if (reach.empty()) {
            return SatisfactionFigures.none();
        }
        var counts = new int[5];
        var sql = new Sql().append("select f.score, count(*) from feedback f where ").append(feedbackOf(reach, period))
                .append(" group by f.score");
        jdbc.query(sql.text(), rs -> {
            counts[rs.getInt(1) - 1] = rs.getInt(2);
        }, sql.params());
        int responses = 0;
        long total = 0;
        for (int i = 0; i < 5; i++) {
            responses += counts[i];
            total += (long) counts[i] * (i + 1);
        }
        return new SatisfactionFigures(responses, responses == 0 ? 0 : (double) total / responses, counts);
    }

    List<RatedSession> bestRated(AttendanceReach reach, UsagePeriod period, int minResponses, int limit) {
        if (reach.empty() || limit <= 0) {
            return List.of();
        }
        var sql = new Sql().append("select f.session_id, count(*), sum(f.score) from feedback f where f.session_id is not null"
                        + " and ").append(feedbackOf(reach, period))
                .append(" group by f.session_id having count(*) >= ?", minResponses)
                .append(" order by sum(f.score) * 1.0 / count(*) desc, count(*) desc, f.session_id limit ?", limit);
        record Score(long sessionId, int responses, long total) {
        }
        var scores = jdbc.query(sql.text(), (rs, i) -> new Score(rs.getLong(1), rs.getInt(2), rs.getLong(3)),
                sql.params());
        if (scores.isEmpty()) {
            return List.of();
        }
        Map<Long, RatedSession> details = new LinkedHashMap<>();
        jdbc.query("select s.id, p.title, o.name, c.name, s.starts_at from programme_session s"
                + " join programme p on p.id = s.programme_id join organisation o on o.id = p.organisation_id"
                + " left join centre c on c.id = s.centre_id where s.id in ("
                + UsageSubjects.placeholders(scores.size()) + ")", rs -> {
            details.put(rs.getLong(1), new RatedSession(rs.getLong(1), rs.getString(2), rs.getString(3),
                    rs.getString(4), rs.getTimestamp(5).toInstant(), 0, 0));
        }, scores.stream().map(Score::sessionId).toArray());
        return scores.stream().map(s -> {
            var d = details.get(s.sessionId());
            return new RatedSession(s.sessionId(), d.programmeTitle(), d.organisationName(), d.centreName(),
                    d.start(), s.responses(), (double) s.total() / s.responses());
        }).toList();
    }
}
