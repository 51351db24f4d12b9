package org.servicecentre.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.servicecentre.ServiceCentreTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The thirteen past weeks of the demo centres, as seeded on start: busy, plausible and consistent. */
@ServiceCentreTest
class DemoHistoryIntegrationTest {

    private static final String DEMO_ROOMS = " from booking b join room r on r.id = b.room_id join centre c on"
            + " c.id = b.centre_id where c.code in ('KJY', 'GXQ', 'NTC', 'TL') and r.name not like '测试活动室%'";

    private static final String HISTORY_TITLES = String.join(", ", DemoHistory.PROGRAMMES.values().stream()
            .map(p -> "'" + p.title() + "'").toList());

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    @Test
    void fillsThirteenWeeksOfEveryDemoCentreMostlyWithCompletedBookings() {
        var now = Timestamp.from(clock.instant());
        var since = Timestamp.from(clock.instant().minus(Duration.ofDays(7 * DemoHistory.WEEKS + 1)));

        assertThat(count("select count(distinct c.code)" + DEMO_ROOMS + " and b.ends_at <= ?", now)).isEqualTo(4);
        assertThat(count("select count(*)" + DEMO_ROOMS + " and b.starts_at < ?", since)).isZero();
        long past = count("select count(*)" + DEMO_ROOMS + " and b.ends_at <= ?", now);
        long completed = count("select count(*)" + DEMO_ROOMS + " and b.ends_at <= ? and b.status = 'COMPLETED'", now);
        long released = count("select count(*)" + DEMO_ROOMS + " and b.ends_at <= ? and b.status = 'RELEASED'", now);
        long cancelled = count("select count(*)" + DEMO_ROOMS + " and b.ends_at <= ? and b.status = 'CANCELLED'", now);
        assertThat(past).isGreaterThan(500);
        assertThat(completed).isGreaterThan(past * 3 / 4);
        assertThat(released).isPositive().isLessThan(past / 5);
        assertThat(cancelled).isPositive().isLessThan(past / 10);
        // today's demo bookings, seeded as ahead or running when the context started, end while the suite runs: only
        // what ended three hours ago (long before the seeding, in any run) must be settled
        var longAgo = Timestamp.from(clock.instant().minus(Duration.ofHours(3)));
        assertThat(count("select count(*)" + DEMO_ROOMS + " and b.ends_at <= ? and b.status in ('REQUESTED', 'CONFIRMED')",
                longAgo)).as("nothing in the past still waits or holds its room").isZero();
    }

    @Test
    void heldSessionsInCompletedBookingsWithRegistrationsAttendanceAndCheckIns() {
        var now = Timestamp.from(clock.instant());
        long sessions = count("select count(*) from programme_session s join booking b on b.id = s.booking_id"
                + " where b.status = 'COMPLETED' and s.ends_at <= ?", now);
        assertThat(sessions).isGreaterThan(200);
        assertThat(count("select count(*) from programme_session s join booking b on b.id = s.booking_id"
                + " join programme p on p.id = s.programme_id where b.status in ('RELEASED', 'CANCELLED')"
                + " and b.ends_at <= ? and p.title in (" + HISTORY_TITLES + ")", now))
                .as("history sessions only in bookings that were held").isZero();
        assertThat(count("select count(*) from programme_session s join programme p on p.id = s.programme_id"
                + " where s.ends_at <= ? and p.title in (" + HISTORY_TITLES + ")"
                + " and not exists (select 1 from session_attendance a where a.session_id = s.id)", now))
                .as("past sessions nobody attended").isLessThan(sessions / 10);
        assertThat(count("select count(*) from session_attendance a join registration g on g.id = a.registration_id"
                + " where g.session_id <> a.session_id or g.status <> 'REGISTERED'")).isZero();
        assertThat(count("select count(*) from check_in where subject = 'WALK_IN' and scanned_at < ?", now))
                .isGreaterThan(300);
        assertThat(count("select count(*) from check_in where checked_out_at is null and scanned_at < ? and resident_id"
                + " in (select id from resident where created_by = 'demo')",
                Timestamp.from(clock.instant().minus(Duration.ofDays(1))))).as("old visits left open").isZero();
    }

    @Test
    void hasTheDailyUsageRollupRebuiltForThePastWeeks() {
        for (String code : new String[] {"KJY", "GXQ", "NTC", "TL"}) {
            assertThat(count("select count(*) from room_day_usage u join centre c on c.id = u.centre_id where c.code = ?"
                    + " and u.booked_minutes > 0 and u.attended_minutes > 0", code)).as(code).isGreaterThan(30);
        }
    }

    @Test
    void hasTheDailyPeopleRollupSettledForTheDemoCentres() {
        for (String code : new String[] {"KJY", "GXQ", "NTC", "TL"}) {
            assertThat(count("select count(*) from people_day d join centre c on c.id = d.centre_id where c.code = ?"
                    + " and d.attendances > 0", code)).as(code).isGreaterThan(30);
            assertThat(count("select count(*) from people_day_resident d join centre c on c.id = d.centre_id"
                    + " where c.code = ?", code)).as(code).isGreaterThan(30);
            assertThat(count("select count(*) from people_settled s join centre c on c.id = s.centre_id"
                    + " where c.code = ?", code)).as(code).isEqualTo(1);
        }
    }

    @Test
    void givesMostlyGoodScoresToPastSessions() {
        long scored = count("select count(*) from feedback where session_id is not null");
        long good = count("select count(*) from feedback where session_id is not null and score >= 4");

        assertThat(scored).isGreaterThan(100);
        assertThat(good).isGreaterThan(scored * 3 / 4);
    }

    @Test
    void keepsResidentsAnonymousWithTargetGroups() {
        assertThat(count("select count(*) from resident where created_by = 'demo'")).isGreaterThan(100);
        assertThat(count("select count(*) from resident where created_by = 'demo' and (display_name is not null"
                + " or phone is not null)")).isZero();
        assertThat(count("select count(distinct resident_id) from resident_target_group t join resident r"
                + " on r.id = t.resident_id where r.created_by = 'demo'")).isGreaterThan(100);
    }

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }
}
