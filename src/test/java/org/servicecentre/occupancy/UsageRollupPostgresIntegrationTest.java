package org.servicecentre.occupancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;

import org.junit.jupiter.api.Test;
import org.servicecentre.PostgresTest;
import org.servicecentre.programme.AttendanceDesk;
import org.servicecentre.security.SystemAuthentication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/** The rollup's SQL (dirty marks with ON CONFLICT, monthly grouping, region paths) on a real PostgreSQL. */
@PostgresTest
class UsageRollupPostgresIntegrationTest {

    @Autowired
    UsageScenario scenario;
    @Autowired
    UsageRollup rollup;
    @Autowired
    UsageStatistics statistics;
    @Autowired
    AttendanceDesk desk;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithUserDetails("admin")
    void theHandComputedWeekComesOutTheSameOnPostgres() {
        var built = scenario.build();
        rollup.catchUp(UsageScenario.AFTER);

        var centre = UsageSubject.centre(built.centreId());
        assertThat(statistics.figures(UsageSubject.region(built.regionId()), UsageScenario.WEEK))
                .isEqualTo(new UsageFigures(3060, 900, 840, 8, 1, 3, 1));
        assertThat(statistics.breakdownTrend(UsageSubject.region(built.regionId()), UsageScenario.WEEK,
                Granularity.MONTH)).singleElement().satisfies(series -> assertThat(series.points()).singleElement()
                .satisfies(p -> assertThat(p.figures().attendedMinutes()).isEqualTo(840)));
        assertThat(statistics.heatmap(centre, UsageScenario.WEEK).booked(DayOfWeek.FRIDAY, 9)).isEqualTo(60);

        for (int twice = 0; twice < 2; twice++) {
            SystemAuthentication.asSystem(() -> desk.attend(built.sessionA2(), built.residentA2(),
                    built.registrationA2(), "STAFF", UsageScenario.at(0, "17:10")));
        }
        jdbc.update("update booking set status = 'CANCELLED' where id = ?", built.bookingA2());
        rollup.rebuild(built.centreId(), UsageScenario.MONDAY, UsageScenario.MONDAY.plusDays(6), UsageScenario.AFTER);
        assertThat(statistics.figures(UsageSubject.room(built.roomA()), UsageScenario.WEEK))
                .isEqualTo(new UsageFigures(1800, 300, 300, 5, 1, 1, 2));
    }
}
