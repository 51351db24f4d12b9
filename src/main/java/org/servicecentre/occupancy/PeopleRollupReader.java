package org.servicecentre.occupancy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.servicecentre.occupancy.AttendanceReach.Sql;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@link AttendanceStatistics}' figures for a centre, alliance or region read from the people rollup (V22) instead of
 * the raw tables, with the same definitions: the rollup holds each session's counts on its local start date, so a
 * period of local dates is a plain date range here. Whole-programme registrations are still read raw (they count
 * once per period, which no daily sum can say). No scope checks here: callers check.
 */
@Component
class PeopleRollupReader {

    private final JdbcTemplate jdbc;

    PeopleRollupReader(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether every centre of the (non-room) subject is settled through the period's last day. */
    boolean covers(AttendanceReach reach, UsagePeriod period) {
        if (reach.empty() || reach.isRoom()) {
            return false;
        }
        var centres = reach.centres();
        var args = new ArrayList<Object>(centres);
        args.add(period.to());
        Integer settled = jdbc.queryForObject("select count(*) from people_settled where centre_id in ("
                + UsageSubjects.placeholders(centres.size()) + ") and settled_through >= ?", Integer.class,
                args.toArray());
        return settled != null && settled == centres.size();
    }

    PeopleFigures people(AttendanceReach reach, UsagePeriod period) {
        var totals = counts(reach, period, AttendanceGrouping.TOTAL).getOrDefault(AttendanceGrouping.ALL, new int[3]);
        var walkIns = walkIns(reach, period);
        var residents = new Sql().append("select count(*), coalesce(sum(x.fresh), 0) from (select y.resident_id,"
                        + " case when ").append(cameBefore("y", reach, period.from()))
                .append(" then 0 else 1 end fresh from (select distinct d.resident_id from people_day_resident d where ")
                .append(centres(reach)).append(" and d.on_day between ? and ?) y) x", period.from(), period.to());
        return jdbc.query(residents.text(), rs -> {
            rs.next();
            int distinct = rs.getInt(1);
            int fresh = rs.getInt(2);
            return new PeopleFigures(totals[0], totals[1], totals[2], walkIns, distinct, fresh, distinct - fresh);
        }, residents.params());
    }

    int walkIns(AttendanceReach reach, UsagePeriod period) {
        var sql = days(reach, "select coalesce(sum(d.walk_ins), 0) from people_day_walk_in d", period);
        return jdbc.queryForObject(sql.text(), Integer.class, sql.params());
    }

    /** Sessions, registrations (whole-programme ones included) and attendances by the grouping's key. */
    Map<String, int[]> counts(AttendanceReach reach, UsagePeriod period, AttendanceGrouping grouping) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        var sums = ", sum(d.sessions), sum(d.registrations), sum(d.attendances)";
        var sql = switch (grouping) {
            case TARGET_GROUP -> days(reach, "select d.target_group" + sums + " from people_day_group d", period)
                    .append(" group by d.target_group");
            case TOTAL -> days(reach, "select '" + AttendanceGrouping.ALL + "'" + sums + " from people_day d", period);
            case PROGRAMME -> days(reach, "select d.programme_id" + sums + " from people_day d", period)
                    .append(" group by d.programme_id");
            case ORGANISATION, CATEGORY -> {
                var key = grouping == AttendanceGrouping.ORGANISATION ? "p.organisation_id" : "p.category_id";
                yield days(reach, "select " + key + sums + " from people_day d join programme p"
                        + " on p.id = d.programme_id", period).append(" group by " + key);
            }
            default -> throw new IllegalArgumentException("not a breakdown: " + grouping);
        };
        jdbc.query(sql.text(), rs -> {
            if (rs.getObject(2) == null) {
                return; // a total over no rows
            }
            var key = rs.getString(1);
            var c = counts.computeIfAbsent(key == null ? AttendanceReader.NONE : key, k -> new int[3]);
            for (int i = 0; i < 3; i++) {
                c[i] += rs.getInt(i + 2);
            }
        }, sql.params());
        var whole = new Sql().append("select " + grouping.key("registration") + ", count(*) from registration r "
                        + grouping.join("registration") + " where r.session_id is null and r.status = 'REGISTERED'"
                        + " and r.programme_id in (").append(heldProgrammes(reach, period)).append(")")
                .append(grouping.groupBy("registration"));
        jdbc.query(whole.text(), rs -> {
            var key = rs.getString(1);
            counts.computeIfAbsent(key == null ? AttendanceReader.NONE : key, k -> new int[3])[1] += rs.getInt(2);
        }, whole.params());
        return counts;
    }

    /**
     * The figures bucket by bucket (registrations with the whole-programme ones in the bucket of the earliest local
     * date of its sessions in the period); new residents of a bucket never came before it.
     */
    List<PeopleFigures> trend(AttendanceReach reach, UsagePeriod period, List<UsagePeriod> buckets) {
        var totals = new int[buckets.size()][6];
        var perDay = days(reach, "select d.on_day, sum(d.sessions), sum(d.registrations), sum(d.attendances)"
                + " from people_day d", period).append(" group by d.on_day");
        jdbc.query(perDay.text(), rs -> {
            var t = totals[bucketOf(buckets, rs.getObject(1, LocalDate.class))];
            t[0] += rs.getInt(2);
            t[1] += rs.getInt(3);
            t[2] += rs.getInt(4);
        }, perDay.params());
        var walkIns = days(reach, "select d.on_day, d.walk_ins from people_day_walk_in d", period);
        jdbc.query(walkIns.text(), rs -> {
            totals[bucketOf(buckets, rs.getObject(1, LocalDate.class))][3] += rs.getInt(2);
        }, walkIns.params());
        wholeProgrammeByFirstDay(reach, period).forEach((day, count) -> totals[bucketOf(buckets, day)][1] += count);
        var distinct = new Sql().append("select y.bucket, count(distinct y.resident_id) from (select ")
                .append(bucketCase(buckets)).append(" bucket, d.resident_id from people_day_resident d where ")
                .append(centres(reach)).append(" and d.on_day between ? and ?) y group by y.bucket", period.from(),
                        period.to());
        jdbc.query(distinct.text(), rs -> {
            totals[rs.getInt(1)][4] += rs.getInt(2);
        }, distinct.params());
        var firsts = new Sql().append("select x.first_day, count(*) from (select d.resident_id, min(d.on_day) first_day"
                        + " from people_day_resident d where ").append(centres(reach))
                .append(" and d.on_day between ? and ? group by d.resident_id) x where not ", period.from(), period.to())
                .append(cameBefore("x", reach, period.from())).append(" group by x.first_day");
        jdbc.query(firsts.text(), rs -> {
            totals[bucketOf(buckets, rs.getObject(1, LocalDate.class))][5] += rs.getInt(2);
        }, firsts.params());
        var points = new ArrayList<PeopleFigures>(buckets.size());
        for (var t : totals) {
            points.add(new PeopleFigures(t[0], t[1], t[2], t[3], t[4], t[5], t[4] - t[5]));
        }
        return points;
    }

    /** Per local date of a programme's first session in the period: its REGISTERED whole-programme registrations. */
    private Map<LocalDate, Integer> wholeProgrammeByFirstDay(AttendanceReach reach, UsagePeriod period) {
        Map<Long, Integer> registered = new HashMap<>();
        var sql = new Sql().append("select r.programme_id, count(*) from registration r where r.session_id is null"
                + " and r.status = 'REGISTERED' and r.programme_id in (").append(heldProgrammes(reach, period))
                .append(") group by r.programme_id");
        jdbc.query(sql.text(), rs -> {
            registered.put(rs.getLong(1), rs.getInt(2));
        }, sql.params());
        Map<LocalDate, Integer> byDay = new TreeMap<>();
        if (registered.isEmpty()) {
            return byDay;
        }
        var firsts = days(reach, "select d.programme_id, min(d.on_day) from people_day d", period)
                .append(" and d.sessions > 0 and d.programme_id in (" + UsageSubjects.placeholders(registered.size())
                        + ") group by d.programme_id", registered.keySet().toArray());
        jdbc.query(firsts.text(), rs -> {
            byDay.merge(rs.getObject(2, LocalDate.class), registered.get(rs.getLong(1)), Integer::sum);
        }, firsts.params());
        return byDay;
    }

    private static Sql heldProgrammes(AttendanceReach reach, UsagePeriod period) {
        return days(reach, "select d.programme_id from people_day d", period).append(" and d.sessions > 0");
    }

    /**
     * Whether the resident in {@code alias.resident_id} came to the subject before the day: one index probe per
     * resident, so new vs returning costs the period's residents, not the subject's whole history.
     */
    private static Sql cameBefore(String alias, AttendanceReach reach, LocalDate day) {
        var centres = reach.centres();
        return new Sql().append("exists (select 1 from people_day_resident e where e.resident_id = " + alias
                + ".resident_id and e.centre_id in (" + UsageSubjects.placeholders(centres.size())
                + ") and e.on_day < ?)", centres.toArray()).append("", day);
    }

    /** {@code select} over a rollup table aliased {@code d}, restricted to the subject's centres and the dates. */
    private static Sql days(AttendanceReach reach, String select, UsagePeriod period) {
        return new Sql().append(select + " where ").append(centres(reach))
                .append(" and d.on_day between ? and ?", period.from(), period.to());
    }

    private static Sql centres(AttendanceReach reach) {
        var centres = reach.centres();
        return new Sql().append("d.centre_id in (" + UsageSubjects.placeholders(centres.size()) + ")",
                centres.toArray());
    }

    /** The bucket index of a date, as SQL: a CASE over the buckets' last days. */
    private static Sql bucketCase(List<UsagePeriod> buckets) {
        if (buckets.size() == 1) {
            return new Sql().append("0"); // a CASE needs a WHEN
        }
        var sql = new Sql().append("case");
        for (int i = 0; i < buckets.size() - 1; i++) {
            sql.append(" when d.on_day <= ? then " + i, buckets.get(i).to());
        }
        return sql.append(" else " + (buckets.size() - 1) + " end");
    }

    private static int bucketOf(List<UsagePeriod> buckets, LocalDate day) {
        for (int i = 0; i < buckets.size(); i++) {
            if (!day.isAfter(buckets.get(i).to())) {
                return i;
            }
        }
        return buckets.size() - 1;
    }
}
