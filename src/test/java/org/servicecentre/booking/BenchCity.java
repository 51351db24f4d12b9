package org.servicecentre.booking;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The booking benchmark's city, generated on the server with {@code insert ... select generate_series} (no rows
 * travel over JDBC): centres of ten rooms each, open 08:00-22:00 every day, with set-up and clean-up buffers of
 * ten minutes; the first {@code allianceCentres} centres form an alliance that the demo NGO (启航社工, user
 * {@code ngo}) partners with; and {@code bookingsPerRoom} bookings per room, one a day from
 * {@code bookingsPerRoom / 2} days ago, two hours at a time of day that varies by room and day, 80 % confirmed,
 * 10 % requested and 10 % cancelled. Every day from {@link #FIRST_FREE_DAY} on is left free for the write benchmark.
 */
final class BenchCity {

    static final int ROOMS_PER_CENTRE = 10;
    static final int BUFFER_MINUTES = 10;
    /** Days ahead from which the generated bookings leave rooms free (the generator uses at most 50 days ahead). */
    static final int FIRST_FREE_DAY = 55;

    final int centres;
    final int allianceCentres;
    final int bookingsPerRoom;
    long userId;
    long organisationId;
    List<Long> allianceCentreIds;
    List<Long> allianceRoomIds;
    List<Long> otherRoomIds;
    long rooms;
    long bookings;

    BenchCity(int rooms, int allianceCentres, int bookingsPerRoom) {
        if (bookingsPerRoom > 2 * (FIRST_FREE_DAY - 5)) {
            throw new IllegalArgumentException("at most " + 2 * (FIRST_FREE_DAY - 5) + " bookings per room");
        }
        this.centres = Math.max(1, rooms / ROOMS_PER_CENTRE);
        this.allianceCentres = Math.min(allianceCentres, centres / 2);
        this.bookingsPerRoom = bookingsPerRoom;
    }

    /** Generates everything; returns the seconds it took. */
    double generate(JdbcTemplate jdbc) {
        long started = System.nanoTime();
        userId = jdbc.queryForObject("select id from user_account where username = 'ngo'", Long.class);
        organisationId = jdbc.queryForObject("select id from organisation where code = 'QIHANG'", Long.class);
        jdbc.update("insert into region (code, name, level, path) values ('BENCH-CITY', '基准市', 'CITY', '/')");
        long region = jdbc.queryForObject("select id from region where code = 'BENCH-CITY'", Long.class);
        jdbc.update("update region set path = '/' || id || '/' where id = ?", region);
        jdbc.update("""
                insert into centre (code, name, level, region_id, address, phone, time_zone, active)
                select 'BC-' || lpad(g::text, 5, '0'), '基准社区党群服务中心' || g, 'SHEQU', ?, '基准路' || g || '号',
                  '0755-00000000', 'Asia/Shanghai', true from generate_series(1, ?) g""", region, centres);
        jdbc.update("""
                insert into weekly_range (centre_id, day_of_week, start_minute, end_minute)
                select c.id, d, 480, 1320 from centre c cross join generate_series(1, 7) d where c.code like 'BC-%'""");
        jdbc.update("""
                insert into room (centre_id, code, name, capacity, area_m2, floor, needs_approval, setup_minutes,
                  cleanup_minutes, bookable, active, door_token)
                select c.id, 'R' || g, '活动室 ' || g, 10 + ((c.id * 7 + g * 3) % 10) * 10, 40, '1', false, ?, ?, true,
                  true, md5(c.id || '-' || g || '-' || random()) from centre c cross join generate_series(1, ?) g
                where c.code like 'BC-%'""", BUFFER_MINUTES, BUFFER_MINUTES, ROOMS_PER_CENTRE);
        jdbc.update("insert into alliance (code, name) values ('BENCH-ALLIANCE', '基准联盟')");
        long alliance = jdbc.queryForObject("select id from alliance where code = 'BENCH-ALLIANCE'", Long.class);
        jdbc.update("""
                insert into alliance_centre (alliance_id, centre_id) select ?, id from centre
                where code like 'BC-%' order by code limit ?""", alliance, allianceCentres);
        jdbc.update("""
                insert into partnership (organisation_id, alliance_id, note, created_by, created_at)
                values (?, ?, 'benchmark', 'bench', now())""", organisationId, alliance);
        allianceCentreIds = jdbc.queryForList("select centre_id from alliance_centre where alliance_id = ? "
                + "order by centre_id", Long.class, alliance);
        allianceRoomIds = jdbc.queryForList("""
                select r.id from room r join alliance_centre a on a.centre_id = r.centre_id and a.alliance_id = ?
                order by r.id""", Long.class, alliance);
        otherRoomIds = jdbc.queryForList("""
                select r.id from room r join centre c on c.id = r.centre_id and c.code like 'BC-%'
                where not exists (select 1 from alliance_centre a where a.centre_id = r.centre_id) order by r.id""",
                Long.class);
        rooms = allianceRoomIds.size() + otherRoomIds.size();
        var organisations = jdbc.queryForList("select id from organisation order by id limit 3", Long.class);
        bookings = jdbc.update("""
                insert into booking (room_id, centre_id, organisation_id, starts_at, ends_at, blocked_from,
                  blocked_until, purpose, expected_attendance, status, requested_by, requested_by_id, created_at)
                select r.id, r.centre_id, case k % 3 when 0 then ? when 1 then ? else ? end, s.starts,
                  s.starts + interval '2 hours', s.starts - make_interval(mins => r.setup_minutes),
                  s.starts + interval '2 hours' + make_interval(mins => r.cleanup_minutes), '基准预约', 5,
                  case (r.id + k) % 10 when 0 then 'CANCELLED' when 1 then 'REQUESTED' else 'CONFIRMED' end,
                  'bench', ?, now()
                from room r join centre c on c.id = r.centre_id and c.code like 'BC-%'
                cross join generate_series(0, ? - 1) k
                cross join lateral (select ((current_date + (k - ? / 2)::int)
                  + make_time((8 + (r.id * 7 + k * 3) % 12)::int, 0, 0)) at time zone c.time_zone as starts) s""",
                organisations.get(0), organisations.get(1 % organisations.size()),
                organisations.get(2 % organisations.size()), userId, bookingsPerRoom, bookingsPerRoom);
        jdbc.execute("analyze");
        return (System.nanoTime() - started) / 1e9;
    }
}
