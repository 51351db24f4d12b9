package org.servicecentre.occupancy;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.servicecentre.occupancy.AttendanceReach.Sql;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Computes a centre's people rollup rows for a range of its local dates from the raw tables and writes them in place
 * of the old ones (the caller holds the transaction). It counts with {@link AttendanceReader}'s own SQL, grouped per
 * session, and only moves each session's counts to its local start date, so the rollup cannot drift from the raw
 * definitions in {@link AttendanceStatistics}.
 */
@Component
class PeopleDays {

    private static final String[] TABLES = {"people_day", "people_day_group", "people_day_walk_in",
        "people_day_resident"};

    private final AttendanceReader reader;
    private final JdbcTemplate jdbc;

    PeopleDays(AttendanceReader reader, JdbcTemplate jdbc) {
        this.reader = reader;
        this.jdbc = jdbc;
    }

    /** Replaces the centre's rows for the dates [from, to] (at most {@link UsagePeriod#MAX_DAYS}); returns rows written. */
    int recompute(long centreId, ZoneId zone, LocalDate from, LocalDate to) {
        var reach = new AttendanceReach(null, Map.of(zone, List.of(centreId)));
        var period = new UsagePeriod(from, to);
        var sessions = sessions(reach, period);
        for (var table : TABLES) {
            jdbc.update("delete from " + table + " where centre_id = ? and on_day between ? and ?", centreId, from, to);
        }
        int rows = writeProgrammes(centreId, sessions, reader.counts(reach, period, AttendanceGrouping.SESSION, false));
        rows += writeGroups(centreId, sessions, reader.counts(reach, period, AttendanceGrouping.SESSION_GROUP, false));
        rows += writeWalkIns(centreId, zone, period);
        return rows + writeResidents(centreId, zone, reach, period);
    }

    /** The local date of the centre's earliest session or check-in, if any. */
    LocalDate firstDay(long centreId, ZoneId zone) {
        var first = jdbc.queryForObject("select min(t) from (select min(starts_at) t from programme_session"
                + " where centre_id = ? union all select min(scanned_at) t from check_in where centre_id = ?) x",
                Timestamp.class, centreId, centreId);
        return first == null ? null : first.toInstant().atZone(zone).toLocalDate();
    }

    /** Held sessions of the centre starting in the period: their programme and local start date. */
    private Map<String, SessionPlace> sessions(AttendanceReach reach, UsagePeriod period) {
        var zone = reach.centresByZone().keySet().iterator().next();
        var sql = new Sql().append("select s.id, s.programme_id, s.starts_at from programme_session s"
                        + " where s.status <> 'CANCELLED' and ").append(reach.sessionsOf("s")).append(" and ")
                .append(reach.within("s.centre_id", "s.starts_at", period));
        Map<String, SessionPlace> sessions = new HashMap<>();
        jdbc.query(sql.text(), rs -> {
            sessions.put(String.valueOf(rs.getLong(1)), new SessionPlace(rs.getLong(2),
                    rs.getTimestamp(3).toInstant().atZone(zone).toLocalDate()));
        }, sql.params());
        return sessions;
    }

    private int writeProgrammes(long centreId, Map<String, SessionPlace> sessions, Map<String, int[]> bySession) {
        Map<DayKey, int[]> sums = new TreeMap<>();
        bySession.forEach((session, counts) -> add(sums, sessions, session, null, counts));
        return insert("insert into people_day (centre_id, on_day, programme_id, sessions, registrations, attendances)"
                + " values (?, ?, ?, ?, ?, ?)", centreId, sums, key -> Long.valueOf(key.key()));
    }

    private int writeGroups(long centreId, Map<String, SessionPlace> sessions, Map<String, int[]> bySessionGroup) {
        Map<DayKey, int[]> sums = new TreeMap<>();
        bySessionGroup.forEach((key, counts) -> {
            int colon = key.indexOf(':');
            add(sums, sessions, key.substring(0, colon), key.substring(colon + 1), counts);
        });
        return insert("insert into people_day_group (centre_id, on_day, target_group, sessions, registrations,"
                + " attendances) values (?, ?, ?, ?, ?, ?)", centreId, sums, DayKey::key);
    }

    private static void add(Map<DayKey, int[]> sums, Map<String, SessionPlace> sessions, String session, String group,
                            int[] counts) {
        var place = sessions.get(session);
        if (place == null) {
            return; // a registration or check-in of a session not held here in the range: not counted raw either
        }
        var total = sums.computeIfAbsent(new DayKey(place.day(), group == null
                ? String.valueOf(place.programmeId()) : group), k -> new int[3]);
        for (int i = 0; i < 3; i++) {
            total[i] += counts[i];
        }
    }

    private int insert(String sql, long centreId, Map<DayKey, int[]> sums,
                       java.util.function.Function<DayKey, Object> key) {
        var args = new ArrayList<Object[]>(sums.size());
        sums.forEach((k, c) -> args.add(new Object[] {centreId, k.day(), key.apply(k), c[0], c[1], c[2]}));
        jdbc.batchUpdate(sql, args);
        return args.size();
    }

    private int writeWalkIns(long centreId, ZoneId zone, UsagePeriod period) {
        var reach = new AttendanceReach(null, Map.of(zone, List.of(centreId)));
        var sql = new Sql().append("select c.scanned_at from check_in c where c.outcome = 'CHECKED_IN'"
                + " and c.session_id is null and ").append(reach.within("c.centre_id", "c.scanned_at", period));
        Map<LocalDate, Integer> byDay = new TreeMap<>();
        jdbc.query(sql.text(), rs -> {
            byDay.merge(rs.getTimestamp(1).toInstant().atZone(zone).toLocalDate(), 1, Integer::sum);
        }, sql.params());
        var args = new ArrayList<Object[]>(byDay.size());
        byDay.forEach((day, count) -> args.add(new Object[] {centreId, day, count}));
        jdbc.batchUpdate("insert into people_day_walk_in (centre_id, on_day, walk_ins) values (?, ?, ?)", args);
        return args.size();
    }

    private int writeResidents(long centreId, ZoneId zone, AttendanceReach reach, UsagePeriod period) {
        var sql = new Sql().append("select e.rid, e.seen_at from (").append(AttendanceReader.events(reach))
                .append(") e where ").append(reach.within("e.centre_id", "e.seen_at", period));
        Set<ResidentDay> seen = new HashSet<>();
        jdbc.query(sql.text(), rs -> {
            seen.add(new ResidentDay(rs.getLong(1), rs.getTimestamp(2).toInstant().atZone(zone).toLocalDate()));
        }, sql.params());
        var args = new ArrayList<Object[]>(seen.size());
        seen.forEach(v -> args.add(new Object[] {centreId, v.day(), v.residentId()}));
        jdbc.batchUpdate("insert into people_day_resident (centre_id, on_day, resident_id) values (?, ?, ?)", args);
        return args.size();
    }

    private record SessionPlace(long programmeId, LocalDate day) {
    }

    private record DayKey(LocalDate day, String key) implements Comparable<DayKey> {
        @Override
        public int compareTo(DayKey other) {
            int byDay = day.compareTo(other.day);
            return byDay != 0 ? byDay : key.compareTo(other.key);
        }
    }

    private record ResidentDay(long residentId, LocalDate day) {
    }
}
