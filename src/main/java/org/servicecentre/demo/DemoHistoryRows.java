package org.servicecentre.demo;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Batched inserts of the demo history straight into the tables (past rows cannot go through the services, which
 * refuse the past), reading the generated ids back by a natural key: bookings by room and start, sessions by booking,
 * registrations by session and resident.
 */
final class DemoHistoryRows {

    private final JdbcTemplate jdbc;
    final List<Object[]> bookings = new ArrayList<>();
    final List<Object[]> sessions = new ArrayList<>();
    final List<Object[]> registrations = new ArrayList<>();
    final List<Object[]> attendances = new ArrayList<>();
    final List<Object[]> checkIns = new ArrayList<>();
    final List<Object[]> feedback = new ArrayList<>();

    DemoHistoryRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    long maxId(String table) {
        Long max = jdbc.queryForObject("select max(id) from " + table, Long.class);
        return max == null ? 0 : max;
    }

    /** Inserts the bookings; answers their ids by "room@epochSecond of start". */
    Map<String, Long> writeBookings() {
        long before = maxId("booking");
        jdbc.batchUpdate("insert into booking (room_id, centre_id, organisation_id, starts_at, ends_at, blocked_from,"
                + " blocked_until, purpose, expected_attendance, programme_id, status, requested_by, requested_by_id,"
                + " decided_by, decided_at, decision_note, created_at, started_at, started_by, started_by_id,"
                + " start_method) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", bookings);
        var ids = new HashMap<String, Long>();
        jdbc.query("select id, room_id, starts_at from booking where id > ?", rs -> {
            ids.put(rs.getLong(2) + "@" + rs.getTimestamp(3).toInstant().getEpochSecond(), rs.getLong(1));
        }, before);
        return ids;
    }

    /** Inserts the sessions; answers their ids by booking id. */
    Map<Long, Long> writeSessions() {
        long before = maxId("programme_session");
        jdbc.batchUpdate("insert into programme_session (programme_id, booking_id, centre_id, room_id, starts_at,"
                + " ends_at, status) values (?, ?, ?, ?, ?, ?, 'SCHEDULED')", sessions);
        var ids = new HashMap<Long, Long>();
        jdbc.query("select id, booking_id from programme_session where id > ?",
                rs -> { ids.put(rs.getLong(2), rs.getLong(1)); }, before);
        return ids;
    }

    /** Inserts the registrations; answers their ids by "session/resident". */
    Map<String, Long> writeRegistrations() {
        long before = maxId("registration");
        jdbc.batchUpdate("insert into registration (programme_id, session_id, resident_id, status, source, created_by,"
                + " created_at, cancelled_at, cancelled_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", registrations);
        var ids = new HashMap<String, Long>();
        jdbc.query("select id, session_id, resident_id from registration where id > ?",
                rs -> { ids.put(rs.getLong(2) + "/" + rs.getLong(3), rs.getLong(1)); }, before);
        return ids;
    }

    void writeVisits() {
        jdbc.batchUpdate("insert into session_attendance (session_id, resident_id, registration_id, attended_at, method,"
                + " recorded_by) values (?, ?, ?, ?, ?, ?)", attendances);
        jdbc.batchUpdate("insert into check_in (centre_id, kiosk_id, outcome, subject, session_id, registration_id,"
                + " resident_id, target_group, method, scanned_at, received_at, checked_out_at, auto_closed)"
                + " values (?, ?, 'CHECKED_IN', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", checkIns);
        jdbc.batchUpdate("insert into feedback (centre_id, kiosk_id, session_id, score, given_at) values (?, ?, ?, ?, ?)",
                feedback);
    }

    /** Inserts anonymous residents with their target groups (and the consent to keep them); answers their ids. */
    List<Long> writeResidents(List<List<String>> groups, long organisationId, Instant createdAt) {
        long before = maxId("resident");
        var rows = new ArrayList<Object[]>();
        for (int i = 0; i < groups.size(); i++) {
            rows.add(new Object[] {organisationId, ts(createdAt)});
        }
        jdbc.batchUpdate("insert into resident (created_by, created_by_organisation_id, created_at)"
                + " values ('demo', ?, ?)", rows);
        var ids = jdbc.queryForList("select id from resident where id > ? order by id", Long.class, before);
        var groupRows = new ArrayList<Object[]>();
        var consentRows = new ArrayList<Object[]>();
        for (int i = 0; i < ids.size(); i++) {
            for (var group : groups.get(i)) {
                groupRows.add(new Object[] {ids.get(i), group});
            }
            consentRows.add(new Object[] {ids.get(i), ts(createdAt)});
        }
        jdbc.batchUpdate("insert into resident_target_group (resident_id, target_group) values (?, ?)", groupRows);
        jdbc.batchUpdate("insert into resident_consent (resident_id, subject, channel, notice_version, given_at,"
                + " recorded_by) values (?, 'TARGET_GROUPS', 'STAFF', '2026-11', ?, 'demo')", consentRows);
        return ids;
    }

    /** Dates each resident (and their consent) from their first registration. */
    void dateResidents(Map<Long, Instant> firstSeen) {
        var rows = firstSeen.entrySet().stream().map(e -> new Object[] {ts(e.getValue()), e.getKey()}).toList();
        jdbc.batchUpdate("update resident set created_at = ? where id = ?", rows);
        jdbc.batchUpdate("update resident_consent set given_at = ? where resident_id = ?", rows);
    }
}
