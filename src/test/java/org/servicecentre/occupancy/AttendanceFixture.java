package org.servicecentre.occupancy;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * A hand-computed month at a fresh centre (its own rooms, organisations, category, programmes and residents), written
 * straight into the tables because the services refuse the past. Every figure the tests expect is worked out in
 * {@link AttendanceScenarios}; the centre is in Asia/Shanghai (UTC+8, no summer time).
 */
final class AttendanceFixture {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    final JdbcTemplate jdbc;
    final String tag = Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
    long centre;
    long room1;
    long room2;
    long organisation1;
    long organisation2;
    long category;
    long programme1;
    long programme2;
    long s0;
    long s1;
    long s2;
    long s3;
    long s4;
    long s5;
    long s6;
    long residentA;
    long residentB;
    long residentC;
    long residentD;

    AttendanceFixture(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    AttendanceFixture build() {
        // a shequ centre sits in a shequ region (else the centres' export no longer imports back unchanged)
        long region = jdbc.queryForObject("select id from region where code = 'SZ-NS-YH-GXQ'", Long.class);
        centre = insert("insert into centre (code, name, level, region_id, time_zone) values (?, ?, 'SHEQU', ?, 'Asia/Shanghai')",
                "AT" + tag, "统计测试中心 " + tag, region);
        room1 = insert("insert into room (centre_id, code, name, capacity, door_token) values (?, 'R1', '一号活动室', 30, ?)",
                centre, "dt-at1-" + tag);
        room2 = insert("insert into room (centre_id, code, name, capacity, door_token) values (?, 'R2', '二号活动室', 30, ?)",
                centre, "dt-at2-" + tag);
        organisation1 = insert("insert into organisation (code, name, kind, region_id) values (?, ?, 'NGO', ?)",
                "ATO1" + tag, "统计社工一 " + tag, region);
        organisation2 = insert("insert into organisation (code, name, kind, region_id) values (?, ?, 'NGO', ?)",
                "ATO2" + tag, "统计社工二 " + tag, region);
        // under the last demo sector, named so that no catalogue search of other tests finds it (the context is shared)
        long sector = jdbc.queryForObject("select id from catalogue_entry where level = 'SECTOR' and code <> 'LEGAL'"
                + " order by sort_order desc, id desc limit 1", Long.class);
        category = insert("insert into catalogue_entry (level, code, parent_id, name_zh, name_en, sort_order)"
                + " values ('CATEGORY', ?, ?, '统计测试类别', 'Statistics test category', 999)", "ATC" + tag, sector);
        programme1 = programme(organisation1, category, "PER_SESSION", "ELDERLY", "长者健康讲座");
        programme2 = programme(organisation2, null, "WHOLE_PROGRAMME", "CHILDREN", "四点半课堂");

        s0 = session(programme1, room1, "2025-09-20T14:00", "SCHEDULED");
        s1 = session(programme1, room1, "2025-10-10T14:00", "SCHEDULED");
        s2 = session(programme1, room1, "2025-10-20T14:00", "CANCELLED");
        s3 = session(programme1, room2, "2025-10-31T23:30", "SCHEDULED");
        s4 = session(programme1, room1, "2025-11-01T00:30", "SCHEDULED");
        s5 = session(programme2, room2, "2025-10-15T10:00", "SCHEDULED");
        s6 = session(programme2, null, "2025-10-16T10:00", "SCHEDULED");

        residentA = resident("ELDERLY");
        residentB = resident("ELDERLY", "WOMEN");
        residentC = resident();
        residentD = resident("CHILDREN");

        register(programme1, s1, residentA, "REGISTERED");
        register(programme1, s1, residentB, "REGISTERED");
        register(programme1, s1, residentC, "WAITLISTED");
        register(programme1, s1, residentD, "CANCELLED");
        register(programme1, s2, residentA, "REGISTERED");
        register(programme1, s3, residentA, "REGISTERED");
        register(programme1, s4, residentB, "REGISTERED");
        register(programme2, null, residentD, "REGISTERED");
        register(programme2, null, residentC, "REGISTERED");
        register(programme2, null, residentB, "CANCELLED");

        attend(s0, residentA);
        attend(s1, residentA);
        checkIn(s1, residentA, "2025-10-10T13:55", "CHECKED_IN", null); // the kiosk scan that wrote the line above
        attend(s1, residentB);
        checkIn(s1, residentC, "2025-10-10T14:05", "CHECKED_IN", null); // never checked out, never ticked
        checkIn(s1, null, "2025-10-10T14:10", "CHECKED_IN", "WOMEN"); // anonymous walk-in for the session
        attend(s2, residentA);
        attend(s3, residentB);
        attend(s5, residentD);
        checkIn(s5, residentD, "2025-10-15T10:20", "ALREADY_CHECKED_IN", null);
        attend(s4, residentA);
        attend(s6, residentC);

        checkIn(null, null, "2025-10-05T10:00", "CHECKED_IN", "ELDERLY");
        checkIn(null, null, "2025-10-31T23:50", "CHECKED_IN", null);
        checkIn(null, null, "2025-11-01T00:10", "CHECKED_IN", null);
        checkIn(null, null, "2025-09-30T23:59", "CHECKED_IN", null);
        checkIn(null, null, "2025-10-06T09:00", "NOT_VALID", null);

        feedback(s1, "2025-10-10T16:00", 5, 5, 4);
        feedback(s3, "2025-10-31T23:00", 5, 5, 4, 5, 4, 5);
        feedback(s5, "2025-10-15T11:00", 5, 5);
        feedback(null, "2025-10-03T10:00", 1);
        feedback(null, "2025-10-31T23:00", 2);
        feedback(null, "2025-11-01T00:00", 3);
        return this;
    }

    static Timestamp local(String dateTime) {
        return Timestamp.from(LocalDateTime.parse(dateTime).atZone(SHANGHAI).toInstant());
    }

    private long programme(long organisation, Long category, String mode, String group, String title) {
        long id = insert("insert into programme (organisation_id, title, category_id, registration_mode, visibility, "
                + "public_code, created_by, created_at) values (?, ?, ?, ?, 'PUBLIC', ?, 'test', ?)", organisation,
                title + " " + tag, category, mode, "P" + tag + mode.charAt(0), Timestamp.from(Instant.now()));
        jdbc.update("insert into programme_target_group (programme_id, target_group) values (?, ?)", id, group);
        return id;
    }

    private long session(long programme, Long room, String start, String status) {
        var startsAt = local(start);
        var endsAt = Timestamp.from(startsAt.toInstant().plusSeconds(3600));
        return insert("insert into programme_session (programme_id, centre_id, room_id, location, starts_at, ends_at, "
                + "status) values (?, ?, ?, ?, ?, ?, ?)", programme, centre, room, room == null ? "小区广场" : "室内",
                startsAt, endsAt, status);
    }

    private long resident(String... groups) {
        long id = insert("insert into resident (created_by, created_at) values ('test', ?)",
                Timestamp.from(Instant.now()));
        for (var group : groups) {
            jdbc.update("insert into resident_target_group (resident_id, target_group) values (?, ?)", id, group);
        }
        return id;
    }

    private void register(long programme, Long session, long resident, String status) {
        insert("insert into registration (programme_id, session_id, resident_id, status, source, created_by, "
                + "created_at) values (?, ?, ?, ?, 'STAFF', 'test', ?)", programme, session, resident, status,
                Timestamp.from(Instant.now()));
    }

    void attend(long session, long resident) {
        var startsAt = jdbc.queryForObject("select starts_at from programme_session where id = ?", Timestamp.class,
                session);
        insert("insert into session_attendance (session_id, resident_id, attended_at, method, recorded_by) "
                + "values (?, ?, ?, 'SCANNER', 'test')", session, resident, startsAt);
    }

    void checkIn(Long session, Long resident, String at, String outcome, String group) {
        insert("insert into check_in (centre_id, outcome, subject, session_id, resident_id, target_group, method, "
                + "scanned_at, received_at) values (?, ?, ?, ?, ?, ?, 'SCANNER', ?, ?)", centre, outcome,
                resident == null ? "WALK_IN" : "REGISTRATION", session, resident, group, local(at), local(at));
    }

    private void feedback(Long session, String at, int... scores) {
        for (int score : scores) {
            insert("insert into feedback (centre_id, session_id, score, given_at) values (?, ?, ?, ?)", centre,
                    session, score, local(at));
        }
    }

    private long insert(String sql, Object... args) {
        var keys = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement statement = connection.prepareStatement(sql, new String[] {"id"});
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            return statement;
        }, keys);
        return keys.getKey() == null ? 0 : keys.getKey().longValue();
    }
}
