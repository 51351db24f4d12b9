package org.servicecentre.occupancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.servicecentre.ServiceCentreTest;
import org.servicecentre.centre.ClosureDraft;
import org.servicecentre.centre.OpeningHoursService;
import org.servicecentre.programme.AttendanceDesk;
import org.servicecentre.security.SystemAuthentication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

/** The daily usage rollup over a hand-computed past week (see {@link UsageScenario}), at explicit times. */
@ServiceCentreTest
class UsageRollupIntegrationTest {

    @Autowired
    UsageScenario scenario;
    @Autowired
    UsageRollup rollup;
    @Autowired
    UsageStatistics statistics;
    @Autowired
    OpeningHoursService hours;
    @Autowired
    AttendanceDesk desk;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithUserDetails("admin")
    void countsOnlyUseInsideOpenHoursWithClosuresBuffersAndReleasedBookingsLeftOut() {
        var built = scenario.build();
        rollup.catchUp(UsageScenario.AFTER);

        var centre = statistics.figures(UsageSubject.centre(built.centreId()), UsageScenario.WEEK);
        assertThat(centre).isEqualTo(new UsageFigures(3060, 900, 840, 8, 1, 3, 1));
        assertThat(centre.utilisation()).isCloseTo(900.0 / 3060, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(centre.noShowRate()).isEqualTo(0.5);
        assertThat(centre.releaseRate()).isEqualTo(0.125);
        assertThat(statistics.figures(UsageSubject.room(built.roomA()), UsageScenario.WEEK))
                .isEqualTo(new UsageFigures(1800, 360, 300, 6, 1, 2, 1));
        assertThat(statistics.figures(UsageSubject.room(built.roomB()), UsageScenario.WEEK))
                .isEqualTo(new UsageFigures(1260, 540, 540, 2, 0, 1, 0));
        assertThat(statistics.figures(UsageSubject.region(built.regionId()), UsageScenario.WEEK)).isEqualTo(centre);
    }

    @Test
    @WithUserDetails("admin")
    void trendHeatmapAndBreakdownAddUpToTheWeek() {
        var built = scenario.build();
        rollup.catchUp(UsageScenario.AFTER);
        var subject = UsageSubject.centre(built.centreId());

        var byDay = statistics.trend(subject, UsageScenario.WEEK, Granularity.DAY).stream()
                .map(p -> p.figures().bookedMinutes()).toList();
        assertThat(byDay).containsExactly(180L, 60L, 0L, 0L, 660L, 0L, 0L);
        var byWeek = statistics.trend(subject, UsageScenario.WEEK, Granularity.WEEK);
        assertThat(byWeek).singleElement().satisfies(p -> assertThat(p.figures().openMinutes()).isEqualTo(3060));

        var heatmap = statistics.heatmap(subject, UsageScenario.WEEK);
        assertThat(heatmap.open(DayOfWeek.MONDAY, 9)).isEqualTo(120);
        assertThat(heatmap.booked(DayOfWeek.MONDAY, 9)).isEqualTo(60);
        assertThat(heatmap.booked(DayOfWeek.MONDAY, 17)).isEqualTo(60);
        assertThat(heatmap.booked(DayOfWeek.MONDAY, 18)).isZero();
        assertThat(heatmap.open(DayOfWeek.TUESDAY, 12)).isZero();
        assertThat(heatmap.booked(DayOfWeek.TUESDAY, 11)).isEqualTo(60);
        assertThat(heatmap.utilisation(DayOfWeek.FRIDAY, 10)).isEqualTo(1.0);
        assertThat(heatmap.utilisation(DayOfWeek.SATURDAY, 10)).isNull();

        var rooms = statistics.breakdown(subject, UsageScenario.WEEK);
        assertThat(rooms).extracting(r -> r.figures().bookedMinutes()).containsExactlyInAnyOrder(360L, 540L);
        var centres = statistics.breakdown(UsageSubject.region(built.regionId()), UsageScenario.WEEK);
        assertThat(centres).singleElement().satisfies(row -> {
            assertThat(row.subject()).isEqualTo(subject);
            assertThat(row.rooms()).isEqualTo(2);
            assertThat(row.figures().bookedMinutes()).isEqualTo(900);
        });
        var monthly = statistics.breakdownTrend(UsageSubject.alliance(built.allianceId()), UsageScenario.WEEK,
                Granularity.MONTH);
        assertThat(monthly).anySatisfy(series -> {
            assertThat(series.row().subject()).isEqualTo(subject);
            assertThat(series.points()).singleElement()
                    .satisfies(p -> assertThat(p.figures().bookedMinutes()).isEqualTo(900));
        });
    }

    @Test
    @WithUserDetails("admin")
    void aDayIsSettledOnlyOnceItIsOver() {
        var built = scenario.build();
        var fridayNoon = ZonedDateTime.of(UsageScenario.MONDAY.plusDays(4), LocalTime.NOON, UsageScenario.ZONE)
                .toInstant();
        rollup.catchUp(fridayNoon);

        var byDay = statistics.trend(UsageSubject.centre(built.centreId()), UsageScenario.WEEK, Granularity.DAY);
        assertThat(byDay.get(3).figures().openMinutes()).isEqualTo(540);
        assertThat(byDay.get(4).figures()).isEqualTo(UsageFigures.NONE);

        rollup.catchUp(UsageScenario.AFTER);
        assertThat(statistics.figures(UsageSubject.centre(built.centreId()), UsageScenario.WEEK).bookedMinutes())
                .isEqualTo(900);
    }

    @Test
    @WithUserDetails("admin")
    void aLateAttendanceTickAndALaterClosureAreCountedAndTheRollupAgreesWithTheRawData() {
        var built = scenario.build();
        rollup.catchUp(UsageScenario.AFTER);
        SystemAuthentication.asSystem(() -> desk.attend(built.sessionA2(), built.residentA2(), built.registrationA2(), "STAFF",
                UsageScenario.at(0, "17:10")));
        hours.addClosure(built.centreId(), ClosureDraft.of(null, UsageScenario.MONDAY.plusDays(4),
                UsageScenario.MONDAY.plusDays(4), "停电"));
        assertThat(marked(built.centreId())).isEqualTo(3);
        rollup.catchUp(UsageScenario.AFTER);

        var roomA = statistics.figures(UsageSubject.room(built.roomA()), UsageScenario.WEEK);
        assertThat(roomA).isEqualTo(new UsageFigures(1260, 240, 240, 6, 1, 1, 1));
        assertThat(statistics.figures(UsageSubject.centre(built.centreId()), UsageScenario.WEEK))
                .isEqualTo(new UsageFigures(1980, 240, 240, 8, 1, 2, 1));
        assertThat(marked(built.centreId())).isZero();

        var kept = rows(built.centreId());
        var keptSums = centreSums(built.centreId());
        rollup.rebuild(built.centreId(), UsageScenario.MONDAY, UsageScenario.MONDAY.plusDays(7), UsageScenario.AFTER);
        assertThat(rows(built.centreId())).isEqualTo(kept);
        assertThat(centreSums(built.centreId())).isEqualTo(keptSums).hasSize(8);
        assertThat(jdbc.queryForList("select c.on_day from centre_day_usage c where c.centre_id = ? and c.booked_minutes"
                + " <> (select sum(r.booked_minutes) from room_day_usage r where r.centre_id = c.centre_id"
                + " and r.on_day = c.on_day)", built.centreId())).isEmpty();
    }

    @Test
    @WithUserDetails("manager")
    void managersReadTheirAlliancesButNotOtherCentres() {
        var built = SystemAuthentication.asSystem(() -> scenario.build());

        assertThatThrownBy(() -> statistics.figures(UsageSubject.centre(built.centreId()), UsageScenario.WEEK))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> statistics.figures(UsageSubject.region(built.regionId()), UsageScenario.WEEK))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(statistics.figures(UsageSubject.alliance(built.allianceId()), UsageScenario.WEEK)).isNotNull();
    }

    @Test
    @WithUserDetails("officer")
    void officersReadTheirRegion() {
        var built = SystemAuthentication.asSystem(() -> scenario.build());
        SystemAuthentication.asSystem(() -> rollup.catchUp(UsageScenario.AFTER));

        assertThat(statistics.figures(UsageSubject.region(built.regionId()), UsageScenario.WEEK).bookedMinutes())
                .isEqualTo(900);
        assertThat(statistics.name(UsageSubject.room(built.roomA()))).endsWith("多功能厅");
    }

    private int marked(long centreId) {
        return jdbc.queryForObject("select count(*) from usage_dirty d join room r on r.id = d.room_id"
                + " where r.centre_id = ?", Integer.class, centreId);
    }

    private List<Map<String, Object>> centreSums(long centreId) {
        return jdbc.queryForList("select * from centre_day_usage where centre_id = ? order by on_day", centreId);
    }

    private List<Map<String, Object>> rows(long centreId) {
        return jdbc.queryForList("select room_id, on_day, open_minutes, booked_minutes, attended_minutes, held_bookings,"
                + " released_bookings, unattended_bookings, cancelled_bookings, open_by_hour, booked_by_hour"
                + " from room_day_usage where centre_id = ? order by room_id, on_day", centreId);
    }
}
