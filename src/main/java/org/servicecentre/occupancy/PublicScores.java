package org.servicecentre.occupancy;

import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public scoring of centres (no sign-in): each active centre's satisfaction index and volume of service over the
 * last {@value #MONTHS} full months in its own zone. A system-level read that does not go through the caller's scope:
 * it exposes aggregates only (counts and scores, as defined by {@link AttendanceStatistics}), never a person, a
 * programme or an invitation-only title. Inactive centres are not public.
 */
@Service
@Transactional(readOnly = true)
public class PublicScores {

    public static final int MONTHS = 6;

    private final JdbcTemplate jdbc;
    private final AttendanceReader reader;
    private final FeedbackReader feedback;
    private final Clock clock;
    private final PeopleRollupReader rollup;

    PublicScores(JdbcTemplate jdbc, AttendanceReader reader, FeedbackReader feedback, Clock clock,
                 PeopleRollupReader rollup) {
        this.rollup = rollup;
        this.jdbc = jdbc;
        this.reader = reader;
        this.feedback = feedback;
        this.clock = clock;
    }

    /** The active centres with their index over the recent months, best index first (centres without scores last). */
    public List<PublicCentreScore> centres() {
        return centres(clock.instant());
    }

    List<PublicCentreScore> centres(java.time.Instant now) {
        record Centre(long id, String code, String name, ZoneId zone) {
        }
        var centres = jdbc.query("select id, code, name, time_zone from centre where active = true order by code",
                (rs, i) -> new Centre(rs.getLong(1), rs.getString(2), rs.getString(3), ZoneId.of(rs.getString(4))));
        Map<Long, long[]> scores = new HashMap<>();
        centres.stream().map(Centre::zone).distinct().forEach(zone -> {
            var window = window(zone, now);
            jdbc.query("select f.centre_id, count(*), sum(f.score) from feedback f join centre c on c.id = f.centre_id"
                    + " where c.active = true and c.time_zone = ? and f.given_at >= ? and f.given_at < ?"
                    + " group by f.centre_id", rs -> {
                scores.put(rs.getLong(1), new long[] {rs.getLong(2), rs.getLong(3)});
            }, zone.getId(), java.sql.Timestamp.from(window.from().atStartOfDay(zone).toInstant()),
                    java.sql.Timestamp.from(window.to().plusDays(1).atStartOfDay(zone).toInstant()));
        });
        return centres.stream().map(c -> {
            var score = scores.get(c.id());
            int responses = score == null ? 0 : (int) score[0];
            Integer index = responses == 0 ? null : (int) Math.round((double) score[1] / responses * 20);
            return new PublicCentreScore(c.code(), c.name(), index, responses);
        }).sorted(Comparator.comparing((PublicCentreScore s) -> s.index() == null ? -1 : s.index()).reversed()
                .thenComparing(PublicCentreScore::code)).toList();
    }

    /** An active centre's scorecard by its code; empty for an unknown or inactive centre. */
    public Optional<PublicScorecard> centre(String code) {
        return centre(code, clock.instant());
    }

    Optional<PublicScorecard> centre(String code, java.time.Instant now) {
        var found = jdbc.query("select id, code, name, address, time_zone from centre where code = ? and active = true",
                (rs, i) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        ZoneId.of(rs.getString(5))}, code);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        var row = found.getFirst();
        long id = (Long) row[0];
        var zone = (ZoneId) row[4];
        var reach = new AttendanceReach(null, Map.of(zone, List.of(id)));
        var last = YearMonth.from(now.atZone(zone)).minusMonths(1);
        var first = last.minusMonths(MONTHS - 1L);
        var months = new ArrayList<PublicMonthScore>();
        for (var month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            var period = UsagePeriod.month(month);
            boolean settled = rollup.covers(reach, period);
            var counts = (settled ? rollup.counts(reach, period, AttendanceGrouping.TOTAL)
                    : reader.counts(reach, period, AttendanceGrouping.TOTAL))
                    .getOrDefault(AttendanceGrouping.ALL, new int[3]);
            var satisfaction = feedback.satisfaction(reach, period);
            months.add(new PublicMonthScore(month, counts[0], counts[2], settled ? rollup.walkIns(reach, period)
                    : reader.walkIns(reach, period),
                    satisfaction.responses(), satisfaction.index()));
        }
        var overall = feedback.satisfaction(reach, new UsagePeriod(first.atDay(1), last.atEndOfMonth()));
        return Optional.of(new PublicScorecard((String) row[1], (String) row[2], (String) row[3], first, last,
                overall.index(), overall.responses(), List.copyOf(months)));
    }

    private static UsagePeriod window(ZoneId zone, java.time.Instant now) {
        var last = YearMonth.from(now.atZone(zone)).minusMonths(1);
        return new UsagePeriod(last.minusMonths(MONTHS - 1L).atDay(1), last.atEndOfMonth());
    }
}
