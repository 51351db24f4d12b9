package org.servicecentre.occupancy.city;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.servicecentre.EmbeddedPostgresServer;

/**
 * A scaled-down synthetic city (5 centres, 50 rooms, 3,000 bookings, 2,500 check-ins) in a database of its own on
 * the shared embedded PostgreSQL, checked against the rules the real app keeps: counts as asked, a region tree with
 * street and shequ centres and an alliance, programmes with categories and target groups, attendance and scores
 * where check-ins were, no overlapping bookings of a room (buffers included) whatever their status, bookings and
 * check-ins only in open hours, check-ins only inside their session, none at released or cancelled bookings, and the
 * same rows again from the same seed (written the second time without row-by-row foreign key checks, whose references are then checked here).
 */
class CityGeneratorPostgresIntegrationTest {

    static final CityScale SMALL = new CityScale(5, 10, 3_000, 2_500, 7, LocalDate.of(2026, 1, 1), 365,
            LocalDateTime.of(2026, 11, 24, 12, 0), "CTS");
    static final String ZONE = "'Asia/Shanghai'";

    static Connection connection;
    static CityGenerator.Result result;

    @BeforeAll
    static void generate() throws Exception {
        connection = migrated("city_small");
        result = CityGenerator.generate(connection, SMALL);
    }

    @AfterAll
    static void close() throws Exception {
        connection.close();
    }

    @Test
    void writesAsManyBookingsCheckInsCentresAndRoomsAsAsked() throws Exception {
        assertThat(count("select count(*) from booking")).isEqualTo(3_000);
        assertThat(count("select count(*) from check_in")).isEqualTo(2_500);
        assertThat(count("select count(*) from centre")).isEqualTo(5);
        assertThat(count("select count(*) from room")).isEqualTo(50);
        assertThat(count("select count(*) from region where level = 'SHEQU'")).isEqualTo(5);
        assertThat(result.bookings()).isEqualTo(3_000);
        assertThat(result.checkIns()).isEqualTo(2_500);
    }

    @Test
    void noTwoBookingsOfARoomOverlapBuffersIncludedWhateverTheirStatus() throws Exception {
        assertThat(count("""
                select count(*) from booking a join booking b on a.room_id = b.room_id and a.id < b.id
                 and a.blocked_from < b.blocked_until and b.blocked_from < a.blocked_until""")).isZero();
        assertThat(count("select count(*) from booking where blocked_from > starts_at or blocked_until < ends_at"))
                .isZero();
    }

    @Test
    void bookingsLieInTheCentresOpenHoursAndNeverOnAClosedDay() throws Exception {
        assertThat(count("select count(*) from booking b where not " + open("b.centre_id", "b.room_id",
                "b.blocked_from", "b.blocked_until"))).isZero();
        assertThat(count("select count(*) from booking where (starts_at at time zone " + ZONE
                + ")::date = date '2026-10-01'")).isZero();
        assertThat(count("select count(*) from closure where room_id is null")).isEqualTo(5 * 3);
        assertThat(count("select count(*) from booking b join hours_exception e on e.centre_id = b.centre_id"
                + " and e.on_date = (b.starts_at at time zone " + ZONE + ")::date")).isPositive();
    }

    @Test
    void checkInsFallInsideTheirSessionAndInsideOpenHours() throws Exception {
        assertThat(count("""
                select count(*) from check_in c join programme_session s on s.id = c.session_id
                 where c.scanned_at < s.starts_at or c.scanned_at >= s.ends_at""")).isZero();
        assertThat(count("select count(*) from check_in c where not " + open("c.centre_id", "null",
                "c.scanned_at", "c.scanned_at"))).isZero();
        assertThat(count("select count(*) from check_in where checked_out_at is not null and checked_out_at"
                + " <= scanned_at")).isZero();
        assertThat(count("select count(*) from check_in where checked_out_at is null")).isPositive();
    }

    @Test
    void releasedAndCancelledBookingsHaveNoCheckInsAndRegisteredCheckInsMatchTheirRegistration() throws Exception {
        assertThat(count("select count(*) from booking where status = 'RELEASED'")).isPositive();
        assertThat(count("select count(*) from booking where status = 'CANCELLED'")).isPositive();
        assertThat(count("""
                select count(*) from check_in c join programme_session s on s.id = c.session_id
                 join booking b on b.id = s.booking_id where b.status <> 'COMPLETED'""")).isZero();
        assertThat(count("""
                select count(*) from check_in c join registration r on r.id = c.registration_id
                 where r.status <> 'REGISTERED' or r.session_id <> c.session_id or r.resident_id <> c.resident_id"""))
                .isZero();
        assertThat(count("""
                select count(*) from registration r join programme_session s on s.id = r.session_id
                 where s.status = 'CANCELLED' and r.status <> 'CANCELLED'""")).isZero();
        // some registered residents did not come
        assertThat(count("""
                select count(*) from registration r join programme_session s on s.id = r.session_id
                 join booking b on b.id = s.booking_id where b.status = 'COMPLETED' and r.status = 'REGISTERED'
                 and not exists (select 1 from check_in c where c.registration_id = r.id)""")).isPositive();
    }

    @Test
    void centresSitInARegionTreeAtStreetOrShequLevelAndSomeFormAnAlliance() throws Exception {
        assertThat(count("select count(*) from region where level = 'CITY'")).isEqualTo(1);
        assertThat(count("select count(*) from region where level = 'DISTRICT'")).isEqualTo(1);
        assertThat(count("""
                select count(*) from centre c join region r on r.id = c.region_id
                 where c.level = 'STREET' and r.level = 'STREET'""")).isEqualTo(1);
        assertThat(count("""
                select count(*) from centre c join region r on r.id = c.region_id
                 where c.level = 'SHEQU' and r.level = 'SHEQU'""")).isEqualTo(4);
        assertThat(count("""
                select count(*) from region r join region p on p.id = r.parent_id
                 where r.path <> p.path || r.id || '/'""")).isZero();
        assertThat(count("select count(*) from alliance")).isEqualTo(1);
        assertThat(count("select count(*) from alliance_centre")).isEqualTo(3);
        assertThat(count("select count(*) from partnership where alliance_id is not null")).isEqualTo(1);
    }

    @Test
    void programmesHaveAServiceCategoryAndOneOrTwoTargetGroups() throws Exception {
        assertThat(count("""
                select count(*) from programme p left join catalogue_entry e on e.id = p.category_id
                 where e.level is distinct from 'CATEGORY'""")).isZero();
        assertThat(count("select count(distinct category_id) from programme")).isEqualTo(9);
        assertThat(count("""
                select count(*) from programme p where (select count(*) from programme_target_group g
                 where g.programme_id = p.id) not between 1 and 2""")).isZero();
        assertThat(count("""
                select count(*) from programme p where (select count(*) from programme_target_group g
                 where g.programme_id = p.id) = 2""")).isPositive();
    }

    @Test
    void attendanceIsRecordedForTheRegisteredCheckInsOfASampleOfSessions() throws Exception {
        long attended = count("select count(*) from session_attendance");
        long registeredCheckIns = count("select count(*) from check_in where registration_id is not null");
        assertThat(attended).isPositive().isLessThan(registeredCheckIns);
        assertThat(result.attendances()).isEqualTo(attended);
        assertThat(count("""
                select count(*) from session_attendance a where not exists (select 1 from check_in c
                 where c.registration_id = a.registration_id and c.session_id = a.session_id
                 and c.resident_id = a.resident_id and c.scanned_at = a.attended_at)""")).isZero();
        // a sampled session has all its registered check-ins recorded
        assertThat(count("""
                select count(*) from check_in c where c.registration_id is not null
                 and exists (select 1 from session_attendance a where a.session_id = c.session_id)
                 and not exists (select 1 from session_attendance a where a.registration_id = c.registration_id)"""))
                .isZero();
    }

    @Test
    void someCheckInsAreFollowedByAScoreOnTheHourSomeNamingASessionThatTookPlace() throws Exception {
        long scores = count("select count(*) from feedback");
        assertThat(scores).isBetween(100L, 320L); // 8 % of 2,500
        assertThat(count("select count(distinct score) from feedback")).isGreaterThanOrEqualTo(4);
        assertThat(count("select count(*) from feedback where score >= 4") * 2).isGreaterThan(scores);
        assertThat(count("select count(*) from feedback where session_id is not null")).isPositive();
        assertThat(count("""
                select count(*) from feedback f join programme_session s on s.id = f.session_id
                 join booking b on b.id = s.booking_id where b.status <> 'COMPLETED'""")).isZero();
        assertThat(count("select count(*) from feedback where extract(minute from given_at) <> 0"
                + " or extract(second from given_at) <> 0")).isZero();
        assertThat(count("select count(*) from feedback_tag")).isPositive();
    }

    @Test
    void weekdayAfternoonsAreBusierThanMorningsAndWeekends() throws Exception {
        long afternoons = count("select count(*) from booking where extract(isodow from starts_at at time zone "
                + ZONE + ") < 6 and extract(hour from starts_at at time zone " + ZONE + ") between 14 and 17");
        long mornings = count("select count(*) from booking where extract(isodow from starts_at at time zone "
                + ZONE + ") < 6 and extract(hour from starts_at at time zone " + ZONE + ") between 9 and 12");
        long weekends = count("select count(*) from booking where extract(isodow from starts_at at time zone "
                + ZONE + ") >= 6");
        assertThat(afternoons).isGreaterThan(mornings);
        assertThat(weekends * 5 / 2).isLessThan(3_000 - weekends);
    }

    @Test
    void theSameSeedGivesTheSameRowsEvenWithoutRowByRowForeignKeyChecksAndTheAppCanGoOnInserting()
            throws Exception {
        try (var again = migrated("city_small_again")) {
            CityGenerator.generate(again, SMALL, true);
            assertThat(Long.parseLong(text(again, """
                    select (select count(*) from check_in c where c.session_id is not null
                             and not exists (select 1 from programme_session s where s.id = c.session_id))
                         + (select count(*) from check_in c where c.registration_id is not null
                             and not exists (select 1 from registration r where r.id = c.registration_id))
                         + (select count(*) from registration r
                             where not exists (select 1 from resident p where p.id = r.resident_id))
                         + (select count(*) from programme_session s
                             where not exists (select 1 from booking b where b.id = s.booking_id))
                         + (select count(*) from booking b
                             where not exists (select 1 from room r where r.id = b.room_id and r.centre_id = b.centre_id))
                         + (select count(*) from session_attendance a
                             where not exists (select 1 from registration r where r.id = a.registration_id))
                         + (select count(*) from feedback f where f.session_id is not null
                             and not exists (select 1 from programme_session s where s.id = f.session_id))
                         + (select count(*) from feedback_tag t
                             where not exists (select 1 from feedback f where f.id = t.feedback_id))
                    """))).isZero();
            String fingerprint = "select md5(string_agg(concat_ws(',', id, room_id, starts_at, ends_at, status,"
                    + " programme_id), ';' order by id)) from booking";
            assertThat(text(again, fingerprint)).isEqualTo(text(connection, fingerprint));
            String checkIns = "select md5(string_agg(concat_ws(',', id, session_id, registration_id, scanned_at),"
                    + " ';' order by id)) from check_in";
            assertThat(text(again, checkIns)).isEqualTo(text(connection, checkIns));
            String feedback = "select md5(string_agg(concat_ws(',', id, session_id, score, given_at), ';' order by id))"
                    + " from feedback";
            assertThat(text(again, feedback)).isEqualTo(text(connection, feedback));
        }
        assertThat(count("select nextval(pg_get_serial_sequence('booking', 'id')) - (select max(id) from booking)"))
                .isPositive();
    }

    /** The instants [from, until] lie in one open range of the centre on their local day, and no closure. */
    private static String open(String centre, String room, String from, String until) {
        String day = "(" + from + " at time zone " + ZONE + ")::date";
        String startMinute = "(extract(epoch from (" + from + " at time zone " + ZONE + ")::time) / 60)";
        String endMinute = "(extract(epoch from (" + until + " at time zone " + ZONE + ")::time) / 60)";
        return "(" + day + " = (" + until + " at time zone " + ZONE + ")::date"
                + " and not exists (select 1 from closure x where x.centre_id = " + centre
                + " and (x.room_id is null or x.room_id = " + room + ") and " + day
                + " between x.first_day and x.last_day)"
                + " and ((not exists (select 1 from hours_exception e where e.centre_id = " + centre
                + " and e.on_date = " + day + ") and exists (select 1 from weekly_range w where w.centre_id = " + centre
                + " and w.day_of_week = extract(isodow from " + day + ") and w.start_minute <= " + startMinute
                + " and w.end_minute >= " + endMinute + "))"
                + " or exists (select 1 from hours_exception e join hours_exception_range er on er.exception_id = e.id"
                + " where e.centre_id = " + centre + " and e.on_date = " + day + " and er.start_minute <= "
                + startMinute + " and er.end_minute >= " + endMinute + ")))";
    }

    private static Connection migrated(String database) throws Exception {
        String url = EmbeddedPostgresServer.jdbcUrl(database);
        Flyway.configure().dataSource(url, EmbeddedPostgresServer.USER, "")
                .locations("classpath:db/common", "classpath:db/postgresql").load().migrate();
        return DriverManager.getConnection(url, EmbeddedPostgresServer.USER, "");
    }

    private static long count(String sql) throws Exception {
        try (var statement = connection.createStatement(); var rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String text(Connection on, String sql) throws Exception {
        try (var statement = on.createStatement(); var rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
