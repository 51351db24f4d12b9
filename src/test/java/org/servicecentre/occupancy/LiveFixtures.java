package org.servicecentre.occupancy;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.Duration;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * A fresh centre of its own per test (in 科技园's region, managed by nobody but the test's own manager) with rooms,
 * bookings, sessions, registrations, check-ins and kiosks written straight into the tables at exact times, past and
 * future alike, as the other modules would have written them.
 */
@Component
public class LiveFixtures {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final JdbcTemplate jdbc;

    LiveFixtures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    static Instant at(LocalDate day, String time) {
        return day.atTime(LocalTime.parse(time)).atZone(ZONE).toInstant();
    }

    long centre() {
        String code = "LV" + unique();
        return insert("insert into centre (code, name, level, region_id, time_zone) values (?, ?, 'SHEQU',"
                + " (select region_id from centre where code = 'KJY'), 'Asia/Shanghai')", code, "实时测试中心 " + code);
    }

    long room(long centreId, String code, String name, int capacity) {
        return insert("insert into room (centre_id, code, name, capacity, door_token) values (?, ?, ?, ?, ?)", centreId,
                code, name, capacity, "lv-" + UUID.randomUUID());
    }

    long organisation(String code) {
        return jdbc.queryForObject("select id from organisation where code = ?", Long.class, code);
    }

    long booking(long roomId, long centreId, long organisationId, Instant start, Instant end, String status,
                 String purpose) {
        return insert("insert into booking (room_id, centre_id, organisation_id, starts_at, ends_at, blocked_from,"
                + " blocked_until, purpose, expected_attendance, status, requested_by, requested_by_id, created_at)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, 10, ?, 'test', 1, ?)", roomId, centreId, organisationId, ts(start),
                ts(end), ts(start), ts(end), purpose, status, ts(start.minusSeconds(86_400 * 7)));
    }

    long programme(long organisationId, String title, Integer capacity) {
        return insert("insert into programme (organisation_id, title, session_capacity, registration_mode, visibility,"
                + " public_code, created_by, created_at) values (?, ?, ?, 'PER_SESSION', 'PUBLIC', ?, 'test', ?)",
                organisationId, title, capacity, "LV" + unique(), ts(Instant.parse("2026-01-01T00:00:00Z")));
    }

    long session(long programmeId, Long bookingId, long centreId, long roomId, Instant start, Instant end) {
        return insert("insert into programme_session (programme_id, booking_id, centre_id, room_id, starts_at, ends_at,"
                + " status) values (?, ?, ?, ?, ?, ?, 'SCHEDULED')", programmeId, bookingId, centreId, roomId,
                ts(start), ts(end));
    }

    long resident() {
        return insert("insert into resident (created_by, created_at) values ('test', ?)",
                ts(Instant.parse("2026-01-01T00:00:00Z")));
    }

    long register(long programmeId, long sessionId) {
        return insert("insert into registration (programme_id, session_id, resident_id, status, source, created_by,"
                + " created_at) values (?, ?, ?, 'REGISTERED', 'STAFF', 'test', ?)", programmeId, sessionId, resident(),
                ts(Instant.parse("2026-01-01T00:00:00Z")));
    }

    void checkIn(long centreId, Long sessionId, Instant at, Instant checkedOut) {
        jdbc.update("insert into check_in (centre_id, outcome, subject, session_id, method, scanned_at, received_at,"
                + " checked_out_at, auto_closed) values (?, 'CHECKED_IN', ?, ?, 'SCANNER', ?, ?, ?, false)", centreId,
                sessionId == null ? "WALK_IN" : "REGISTRATION", sessionId, ts(at), ts(at),
                checkedOut == null ? null : ts(checkedOut));
    }

    void kiosk(long centreId, String name, Instant lastSeen) {
        jdbc.update("insert into kiosk_device (centre_id, code, name, token_hash, paired_at, last_seen_at, created_by,"
                + " created_at) values (?, ?, ?, ?, ?, ?, 'test', ?)", centreId, "LVK" + unique(), name,
                UUID.randomUUID().toString().replace("-", ""), ts(Instant.parse("2026-01-01T00:00:00Z")),
                lastSeen == null ? null : ts(lastSeen), ts(Instant.parse("2026-01-01T00:00:00Z")));
    }

    /** A centre of its own as ui tests see it. */
    public record Busy(long id) {
    }

    /**
     * A centre with a 30-place hall in use from half an hour ago (a session: 3 registered, 1 checked in) and a free
     * 20-place meeting room, a walk-in still inside, a visitor who left, and a kiosk last seen half an hour ago.
     */
    public Busy busyCentre(Instant now) {
        long centre = centre();
        long hall = room(centre, "HALL", "多功能厅", 30);
        room(centre, "MEET", "会议室", 20);
        long organisation = organisation("QIHANG");
        long booking = booking(hall, centre, organisation, now.minus(Duration.ofMinutes(30)),
                now.plus(Duration.ofMinutes(60)), "CONFIRMED", "课堂");
        long programme = programme(organisation, "长者智能手机课堂", 30);
        long session = session(programme, booking, centre, hall, now.minus(Duration.ofMinutes(30)),
                now.plus(Duration.ofMinutes(60)));
        for (int i = 0; i < 3; i++) {
            register(programme, session);
        }
        checkIn(centre, session, now, null);
        checkIn(centre, null, now, null);
        checkIn(centre, null, now, now);
        kiosk(centre, "入口签到机", now.minus(Duration.ofMinutes(30)));
        return new Busy(centre);
    }

    public void walkIn(long centreId, Instant at) {
        checkIn(centreId, null, at, null);
    }

    private long insert(String sql, Object... args) {
        var keys = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var statement = connection.prepareStatement(sql, new String[] {"id"});
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            return statement;
        }, keys);
        return keys.getKey().longValue();
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }

    private static String unique() {
        return Long.toString(System.nanoTime() % 10_000_000_000L, 36).toUpperCase(java.util.Locale.ROOT);
    }
}
