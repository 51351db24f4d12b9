package org.servicecentre.occupancy;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The benchmark's questions answered the plain way, by aggregating the raw tables on PostgreSQL (no rollup): what the
 * rollup-based {@link UsageStatistics} answers are measured beside and, where the questions are the same, compared
 * with. Booked minutes here are whole bookings (confirmed or completed) by their start's local day; the rollup counts
 * only minutes inside open hours, which is the same for a generated city (its bookings lie inside open hours).
 */
final class RawUsageQueries {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final String USED = "b.status in ('CONFIRMED', 'COMPLETED')";

    private final JdbcTemplate jdbc;

    RawUsageQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Booked minutes of a centre's rooms by weekday (Monday = 0) and local hour, bookings split at each hour. */
    long[][] heatmap(long centreId, UsagePeriod period) {
        long[][] booked = new long[7][24];
        jdbc.query("""
                select extract(isodow from h.at at time zone 'Asia/Shanghai')::int - 1,
                       extract(hour from h.at at time zone 'Asia/Shanghai')::int,
                       sum(extract(epoch from least(b.ends_at, h.at + interval '1 hour') - greatest(b.starts_at, h.at)))
                  from booking b
                  cross join lateral generate_series(date_trunc('hour', b.starts_at), b.ends_at - interval '1 second',
                                                     interval '1 hour') as h(at)
                 where b.centre_id = ? and %s and b.starts_at >= ? and b.starts_at < ?
                 group by 1, 2""".formatted(USED),
                rs -> {
                    booked[rs.getInt(1)][rs.getInt(2)] = Math.round(rs.getDouble(3) / 60);
                }, centreId, start(period.from()), start(period.to().plusDays(1)));
        return booked;
    }

    /** Booked minutes and held bookings of every centre below a region, by centre and month. */
    Map<Long, Map<YearMonth, long[]>> monthlyByCentre(long regionId, UsagePeriod period) {
        var result = new HashMap<Long, Map<YearMonth, long[]>>();
        jdbc.query("""
                select b.centre_id, date_trunc('month', b.starts_at at time zone 'Asia/Shanghai')::date,
                       sum(extract(epoch from b.ends_at - b.starts_at)) filter (where %s) / 60,
                       count(*) filter (where b.status in ('CONFIRMED', 'COMPLETED', 'RELEASED')),
                       count(*) filter (where b.status = 'RELEASED')
                  from booking b
                 where b.centre_id in (select c.id from centre c join region r on r.id = c.region_id
                                        where r.path like (select path from region where id = ?) || '%%')
                   and b.starts_at >= ? and b.starts_at < ?
                 group by 1, 2""".formatted(USED),
                rs -> {
                    result.computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
                            .put(YearMonth.from(rs.getDate(2).toLocalDate()),
                                    new long[] {Math.round(rs.getDouble(3)), rs.getLong(4), rs.getLong(5)});
                }, regionId, start(period.from()), start(period.to().plusDays(1)));
        return result;
    }

    /**
     * What a district's work report needs, straight from the raw tables: booked minutes by centre and month, check-ins
     * by target group, attendance by service category and organisation, sessions held, and the satisfaction scores.
     */
    List<Object> report(long regionId, UsagePeriod period) {
        var from = start(period.from());
        var to = start(period.to().plusDays(1));
        String centres = "(select c.id from centre c join region r on r.id = c.region_id"
                + " where r.path like (select path from region where id = " + regionId + ") || '%')";
        return List.of(
                monthlyByCentre(regionId, period),
                jdbc.queryForList("select target_group, count(*) from check_in where outcome = 'CHECKED_IN'"
                        + " and centre_id in " + centres + " and scanned_at >= ? and scanned_at < ?"
                        + " group by target_group", from, to),
                jdbc.queryForList("""
                        select p.category_id, p.organisation_id, count(distinct s.id), count(c.id)
                          from programme_session s join programme p on p.id = s.programme_id
                          left join check_in c on c.session_id = s.id and c.outcome = 'CHECKED_IN'
                         where s.centre_id in %s and s.status = 'SCHEDULED' and s.starts_at >= ? and s.starts_at < ?
                         group by 1, 2""".formatted(centres), from, to),
                jdbc.queryForList("select score, count(*) from feedback where centre_id in " + centres
                        + " and given_at >= ? and given_at < ? group by score", from, to));
    }

    private static Timestamp start(LocalDate day) {
        return Timestamp.from(day.atStartOfDay(ZONE).toInstant());
    }
}
