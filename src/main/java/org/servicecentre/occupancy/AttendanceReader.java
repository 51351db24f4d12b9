package org.servicecentre.occupancy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.servicecentre.occupancy.AttendanceReach.Sql;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The SQL behind {@link AttendanceStatistics} and {@link PublicScores} over the raw programme and check-in tables
 * (the scores are {@link FeedbackReader}'s), the same SQL on H2 and PostgreSQL. No scope checks here: callers check, or
 * expose aggregates only.
 */
@Component
class AttendanceReader {

    static final String NONE = "NONE";

    /** Sessions counted: held (not cancelled) in the subject; the time window is added by the caller. */
    private static final String HELD = "s.status <> 'CANCELLED' and ";

    private final JdbcTemplate jdbc;

    AttendanceReader(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    AttendanceReach reach(UsageSubjects subjects, UsageSubject subject) {
        var centres = subjects.centresOf(subject);
        Map<ZoneId, List<Long>> byZone = new TreeMap<>(java.util.Comparator.comparing(ZoneId::getId));
        if (!centres.isEmpty()) {
            jdbc.query("select id, time_zone from centre where id in (" + UsageSubjects.placeholders(centres.size())
                    + ") order by id", rs -> {
                byZone.computeIfAbsent(ZoneId.of(rs.getString(2)), z -> new ArrayList<>()).add(rs.getLong(1));
            }, centres.toArray());
        }
        return new AttendanceReach(subject.level() == UsageLevel.ROOM ? subject.id() : null, byZone);
    }

    PeopleFigures people(AttendanceReach reach, UsagePeriod period) {
        return people(reach, period, true);
    }

    /** {@code wholeProgramme} false: registrations without whole-programme ones (a trend places those itself). */
    PeopleFigures people(AttendanceReach reach, UsagePeriod period, boolean wholeProgramme) {
        if (reach.empty()) {
            return PeopleFigures.NONE;
        }
        var totals = counts(reach, period, AttendanceGrouping.TOTAL, wholeProgramme).getOrDefault(AttendanceGrouping.ALL, new int[3]);
        var residents = residents(reach, period);
        return new PeopleFigures(totals[0], totals[1], totals[2], walkIns(reach, period), residents[0], residents[1],
                residents[0] - residents[1]);
    }

    /** Sessions, registrations and attendances by the grouping's key (index 0, 1, 2). */
    Map<String, int[]> counts(AttendanceReach reach, UsagePeriod period, AttendanceGrouping grouping) {
        return counts(reach, period, grouping, true);
    }

    Map<String, int[]> counts(AttendanceReach reach, UsagePeriod period, AttendanceGrouping grouping,
                              boolean wholeProgramme) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        if (reach.empty()) {
            return counts;
        }
        var held = new Sql().append(HELD).append(reach.sessionsOf("s")).append(" and ")
                .append(reach.within("s.centre_id", "s.starts_at", period));
        accumulate(counts, 0, new Sql().append("select " + grouping.key("session") + ", count(*) from programme_session s "
                + grouping.join("session") + " where ").append(held).append(grouping.groupBy("session")));
        accumulate(counts, 1, new Sql().append("select " + grouping.key("registration") + ", count(*) from registration r"
                + " join programme_session s on s.id = r.session_id " + grouping.join("registration")
                + " where r.status = 'REGISTERED' and ").append(held).append(grouping.groupBy("registration")));
        // a whole-programme registration counts once, for a programme with at least one session counted here
        if (wholeProgramme) {
            accumulate(counts, 1, new Sql().append("select " + grouping.key("registration") + ", count(*) from registration r "
                    + grouping.join("registration") + " where r.session_id is null and r.status = 'REGISTERED'"
                    + " and r.programme_id in (select s.programme_id from programme_session s where ").append(held)
                    .append(")").append(grouping.groupBy("registration")));
        }
        accumulate(counts, 2, new Sql().append("select " + grouping.key("attendance") + ", count(*) from (")
                .append(knownAttendances(held)).append(") a " + grouping.join("attendance"))
                .append(grouping.groupBy("attendance")));
        accumulate(counts, 2, new Sql().append("select " + grouping.key("anonymous") + ", count(*) from check_in c"
                + " join programme_session s on s.id = c.session_id " + grouping.join("anonymous")
                + " where c.outcome = 'CHECKED_IN' and c.resident_id is null and ").append(held)
                .append(grouping.groupBy("anonymous")));
        return counts;
    }

    /**
     * Once per session and resident: ticked or recorded attendances, and successful check-ins for a session (a
     * ticket scan writes both; UNION keeps the pair once). Merged residents count as the resident they became.
     */
    private static Sql knownAttendances(Sql held) {
        return new Sql().append("select sa.session_id, sa.resident_id, s.programme_id from session_attendance sa"
                        + " join programme_session s on s.id = sa.session_id where ").append(held)
                .append(" union select c.session_id, coalesce(rs.merged_into_id, c.resident_id), s.programme_id"
                        + " from check_in c join resident rs on rs.id = c.resident_id"
                        + " join programme_session s on s.id = c.session_id where c.outcome = 'CHECKED_IN' and ")
                .append(held);
    }

    private void accumulate(Map<String, int[]> counts, int index, Sql sql) {
        jdbc.query(sql.text(), rs -> {
            var key = rs.getString(1);
            counts.computeIfAbsent(key == null ? NONE : key, k -> new int[3])[index] += rs.getInt(2);
        }, sql.params());
    }

    /**
     * Where a trend puts whole-programme registrations: per programme with sessions counted in the period, the
     * earliest local date of one there, and its REGISTERED whole-programme registrations.
     */
    Map<LocalDate, Integer> wholeProgrammeRegistrations(AttendanceReach reach, UsagePeriod period) {
        Map<LocalDate, Integer> byDate = new TreeMap<>();
        if (reach.empty()) {
            return byDate;
        }
        Map<Long, Integer> registered = new java.util.HashMap<>();
        var held = new Sql().append(HELD).append(reach.sessionsOf("s")).append(" and ")
                .append(reach.within("s.centre_id", "s.starts_at", period));
        var programmes = new Sql().append("select r.programme_id, count(*) from registration r where r.session_id is null"
                + " and r.status = 'REGISTERED' and r.programme_id in (select s.programme_id from programme_session s"
                + " where ").append(held).append(") group by r.programme_id");
        jdbc.query(programmes.text(), rs -> {
            registered.put(rs.getLong(1), rs.getInt(2));
        }, programmes.params());
        if (registered.isEmpty()) {
            return byDate;
        }
        Map<Long, ZoneId> zones = new java.util.HashMap<>();
        reach.centresByZone().forEach((zone, ids) -> ids.forEach(id -> zones.put(id, zone)));
        var firsts = new Sql().append("select s.programme_id, s.centre_id, s.starts_at from programme_session s where ")
                .append(held).append(" and s.programme_id in (" + UsageSubjects.placeholders(registered.size()) + ")",
                        registered.keySet().toArray()).append(" order by s.starts_at, s.id");
        Map<Long, LocalDate> first = new java.util.HashMap<>();
        jdbc.query(firsts.text(), rs -> {
            // the earliest LOCAL date (centres of a subject may be in different zones), as the people rollup has it
            var date = rs.getTimestamp(3).toInstant().atZone(zones.get(rs.getLong(2))).toLocalDate();
            first.merge(rs.getLong(1), date, (a, b) -> a.isBefore(b) ? a : b);
        }, firsts.params());
        first.forEach((programme, date) -> byDate.merge(date, registered.get(programme), Integer::sum));
        return byDate;
    }

    /** Check-ins without a session at the subject's centres (none for a room: walk-ins are not in a room). */
    int walkIns(AttendanceReach reach, UsagePeriod period) {
        if (reach.empty() || reach.isRoom()) {
            return 0;
        }
        var sql = new Sql().append("select count(*) from check_in c where c.outcome = 'CHECKED_IN' and c.session_id is null"
                + " and ").append(reach.within("c.centre_id", "c.scanned_at", period));
        return jdbc.queryForObject(sql.text(), Integer.class, sql.params());
    }

    /** Distinct residents who came in the period, and how many of them never came to the subject before it. */
    private int[] residents(AttendanceReach reach, UsagePeriod period) {
        var inPeriod = reach.within("e.centre_id", "e.seen_at", period);
        var before = reach.within("e.centre_id", "e.seen_at", null, period.from());
        var sql = new Sql().append("select count(*), coalesce(sum(case when x.bef = 0 then 1 else 0 end), 0) from ("
                        + "select e.rid, sum(case when ").append(before).append(" then 1 else 0 end) bef, sum(case when ")
                .append(inPeriod).append(" then 1 else 0 end) inp from (").append(events(reach)).append(") e where ")
                .append(reach.within("e.centre_id", "e.seen_at", null, period.to().plusDays(1)))
                .append(" group by e.rid) x where x.inp > 0");
        return jdbc.query(sql.text(), rs -> {
            rs.next();
            return new int[] {rs.getInt(1), rs.getInt(2)};
        }, sql.params());
    }

    /** Every time a known resident came to the subject: (resident, centre, instant), all history. */
    static Sql events(AttendanceReach reach) {
        var sql = new Sql().append("select sa.resident_id rid, s.centre_id centre_id, s.starts_at seen_at"
                        + " from session_attendance sa join programme_session s on s.id = sa.session_id where " + HELD)
                .append(reach.sessionsOf("s"))
                .append(" union all select coalesce(rs.merged_into_id, c.resident_id), s.centre_id, s.starts_at"
                        + " from check_in c join resident rs on rs.id = c.resident_id"
                        + " join programme_session s on s.id = c.session_id where c.outcome = 'CHECKED_IN' and " + HELD)
                .append(reach.sessionsOf("s"));
        if (!reach.isRoom()) {
            var centres = reach.centres();
            sql.append(" union all select coalesce(rs.merged_into_id, c.resident_id), c.centre_id, c.scanned_at"
                    + " from check_in c join resident rs on rs.id = c.resident_id where c.outcome = 'CHECKED_IN'"
                    + " and c.session_id is null and c.centre_id in (" + UsageSubjects.placeholders(centres.size())
                    + ")", centres.toArray());
        }
        return sql;
    }

    /** The names of organisations, programmes or catalogue entries (by language) for breakdown keys. */
    Map<String, String> names(String table, String column, java.util.Collection<String> ids) {
        var numeric = ids.stream().filter(k -> !NONE.equals(k)).map(Long::valueOf).toList();
        Map<String, String> names = new java.util.HashMap<>();
        if (numeric.isEmpty()) {
            return names;
        }
        jdbc.query("select id, " + column + " from " + table + " where id in ("
                + UsageSubjects.placeholders(numeric.size()) + ")", rs -> {
            names.put(String.valueOf(rs.getLong(1)), rs.getString(2));
        }, numeric.toArray());
        return names;
    }
}
