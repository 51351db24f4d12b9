package org.servicecentre.occupancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.DriverManager;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.servicecentre.EmbeddedPostgresServer;
import org.servicecentre.occupancy.city.CityGenerator;
import org.servicecentre.occupancy.city.CityScale;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import static org.servicecentre.security.SystemAuthentication.asSystem;

/**
 * The occupancy benchmark's code path at city shape, scaled down (5 centres, 50 rooms, 3,000 bookings over 2026): a
 * generated city, its rollup built both ways ({@link CityRollupBuild}: the app's {@link UsageRollup#rebuild} and the
 * bulk path) with the same rows, and the benchmark's questions answered from the rollup ({@link UsageStatistics}) equal
 * to the plain SQL over the raw tables ({@link RawUsageQueries}) where they ask the same thing; the people rollup
 * ({@link PeopleRollup#catchUp}) gives the district's attendance figures exactly as the raw SQL does. It needs a database
 * of its own (a city's centres, accounts and names would upset the shared PostgreSQL context's demo checks), so it
 * starts one more Spring context, configured as the benchmark's.
 */
@SpringBootTest(properties = {
        "servicecentre.demo-data=false",
        "logging.level.root=warn",
        "spring.main.banner-mode=off",
        "vaadin.devmode.devTools.enabled=false",
        "spring.quartz.scheduler-name=test-city-occupancy",
        "spring.quartz.auto-startup=false",
        "servicecentre.notification.dispatch.enabled=false",
        "servicecentre.checkin.auto-close.enabled=false",
        "servicecentre.reminder.scan.enabled=false",
        "servicecentre.occupancy.digests.enabled=false",
        "servicecentre.occupancy.no-show-release.enabled=false",
        "servicecentre.occupancy.proposals.enabled=false",
        "servicecentre.occupancy.usage-rollup.enabled=false"})
@ActiveProfiles("postgres")
@ContextConfiguration(initializers = OccupancyCityPostgresIntegrationTest.Database.class)
class OccupancyCityPostgresIntegrationTest {

    static final String DATABASE = "city_occupancy";
    static final CityScale SMALL = new CityScale(5, 10, 3_000, 2_500, 11, LocalDate.of(2026, 1, 1), 365,
            LocalDateTime.of(2026, 11, 24, 12, 0), "OCC");
    static final UsagePeriod YEAR = new UsagePeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 11, 23));
    static final String ROWS = """
            select string_agg(concat_ws(',', room_id, centre_id, on_day, open_minutes, booked_minutes,
                   attended_minutes, held_bookings, released_bookings, unattended_bookings, cancelled_bookings,
                   open_by_hour, booked_by_hour), ';' order by room_id, on_day) from room_day_usage""";

    static boolean generated;
    static String javaRows;
    static String bulkRows;

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CityRollupBuild build;
    @Autowired
    UsageStatistics usage;
    @Autowired
    AttendanceStatistics attendance;
    @Autowired
    PeopleRollup peopleRollup;
    @Autowired
    PeopleRollupReader peopleReader;
    @Autowired
    AttendanceReader rawPeople;
    @Autowired
    UsageSubjects subjects;

    static class Database implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("embedded-postgres", Map.of(
                    "spring.datasource.url", EmbeddedPostgresServer.jdbcUrl(DATABASE),
                    "spring.datasource.username", EmbeddedPostgresServer.USER,
                    "spring.datasource.password", "")));
        }
    }

    @BeforeEach
    void generateTheCityAndBuildItsRollupBothWays() throws Exception {
        if (generated) {
            return;
        }
        try (var connection = DriverManager.getConnection(EmbeddedPostgresServer.jdbcUrl(DATABASE),
                EmbeddedPostgresServer.USER, "")) {
            CityGenerator.generate(connection, SMALL, true);
        }
        var now = SMALL.now().atZone(RawUsageQueries.ZONE).toInstant();
        List<Long> centres = centres();
        build.javaPath(centres, YEAR, now);
        javaRows = jdbc.queryForObject(ROWS, String.class);
        jdbc.update("delete from room_day_usage");
        jdbc.update("delete from centre_day_usage");
        build.bulkPath(centres, YEAR, now);
        bulkRows = jdbc.queryForObject(ROWS, String.class);
        peopleRollup.catchUp(now);
        generated = true;
    }

    @Test
    void theBulkPathWritesTheSameRowsAsTheAppsRollup() {
        assertThat(jdbc.queryForObject("select count(*) from room_day_usage", Long.class)).isEqualTo(50L * 327);
        assertThat(bulkRows).isEqualTo(javaRows);
        assertThat(jdbc.queryForObject("select count(*) from centre_day_usage", Long.class)).isEqualTo(5L * 327);
        assertThat(jdbc.queryForList("select c.centre_id from centre_day_usage c where c.open_minutes <> (select"
                + " sum(r.open_minutes) from room_day_usage r where r.centre_id = c.centre_id and r.on_day = c.on_day)"
                + " or c.booked_minutes <> (select sum(r.booked_minutes) from room_day_usage r where"
                + " r.centre_id = c.centre_id and r.on_day = c.on_day)")).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from usage_settled where settled_through = ?", Long.class,
                YEAR.to())).isEqualTo(5);
    }

    @Test
    void aCentresHeatmapFromTheRollupBooksWhatTheRawBookingsSay() {
        var raw = new RawUsageQueries(jdbc);
        var last90 = UsagePeriod.lastDays(YEAR.to(), 90);
        for (long centre : centres()) {
            var heatmap = asSystem(() -> usage.heatmap(UsageSubject.centre(centre), last90));
            assertThat(heatmap.bookedMinutes()).isDeepEqualTo(raw.heatmap(centre, last90));
            long open = 0;
            for (long[] day : heatmap.openMinutes()) {
                for (long minutes : day) {
                    open += minutes;
                }
            }
            assertThat(open).isPositive();
        }
    }

    @Test
    void aDistrictsMonthlyTableFromTheRollupAgreesWithTheRawBookingsCentreByCentre() {
        var raw = new RawUsageQueries(jdbc);
        long district = jdbc.queryForObject("select id from region where code = 'OCC-D0'", Long.class);
        var expected = new HashMap<Long, Map<YearMonth, long[]>>();
        raw.monthlyByCentre(district, YEAR).forEach((centre, months) -> months.forEach((month, figures) -> {
            if (figures[0] > 0 || figures[1] > 0) {
                expected.computeIfAbsent(centre, k -> new HashMap<>()).put(month, figures);
            }
        }));
        var series = asSystem(() -> usage.breakdownTrend(UsageSubject.region(district), YEAR, Granularity.MONTH));
        assertThat(series).hasSize(5);
        var actual = new HashMap<Long, Map<YearMonth, long[]>>();
        for (var s : series) {
            assertThat(s.points()).hasSize(11);
            for (var point : s.points()) {
                var f = point.figures();
                if (f.bookedMinutes() > 0 || f.heldBookings() > 0) {
                    actual.computeIfAbsent(s.row().subject().id(), k -> new HashMap<>()).put(
                            YearMonth.from(point.start()),
                            new long[] {f.bookedMinutes(), f.heldBookings(), f.releasedBookings()});
                }
                assertThat(f.bookedMinutes()).isLessThanOrEqualTo(f.openMinutes());
            }
        }
        assertThat(actual.keySet()).isEqualTo(expected.keySet());
        actual.forEach((centre, months) -> {
            assertThat(months.keySet()).isEqualTo(expected.get(centre).keySet());
            months.forEach((month, figures) -> assertThat(figures).as("centre %d, %s", centre, month)
                    .isEqualTo(expected.get(centre).get(month)));
        });
        long total = series.stream().mapToLong(s -> s.row().figures().bookedMinutes()).sum();
        assertThat(asSystem(() -> usage.figures(UsageSubject.region(district), YEAR)).bookedMinutes()).isEqualTo(total);
    }

    @Test
    void aDistrictsPeopleFiguresFromTheRollupEqualTheRawSql() {
        long district = jdbc.queryForObject("select id from region where code = 'OCC-D0'", Long.class);
        var subject = UsageSubject.region(district);
        var reach = asSystem(() -> rawPeople.reach(subjects, subject));
        assertThat(jdbc.queryForObject("select count(*) from people_settled where settled_through = ?", Long.class,
                YEAR.to())).isEqualTo(5);
        assertThat(peopleReader.covers(reach, YEAR)).isTrue();
        for (var period : List.of(YEAR, UsagePeriod.month(YearMonth.of(2026, 6)),
                new UsagePeriod(LocalDate.of(2026, 3, 15), LocalDate.of(2026, 4, 14)))) {
            var people = peopleReader.people(reach, period);
            assertThat(people).as("people %s", period).isEqualTo(rawPeople.people(reach, period));
            assertThat(people.attendances()).isPositive();
            assertThat(people.newResidents()).isPositive();
            for (var grouping : List.of(AttendanceGrouping.TARGET_GROUP, AttendanceGrouping.ORGANISATION,
                    AttendanceGrouping.CATEGORY, AttendanceGrouping.PROGRAMME)) {
                assertThat(flat(peopleReader.counts(reach, period, grouping))).as("%s %s", grouping, period)
                        .isEqualTo(flat(rawPeople.counts(reach, period, grouping)));
            }
        }
        var trend = asSystem(() -> attendance.trend(subject, YEAR, Granularity.MONTH));
        var buckets = AttendanceStatistics.buckets(YEAR, Granularity.MONTH);
        assertThat(trend).hasSize(11);
        for (int i = 0; i < buckets.size(); i++) {
            assertThat(trend.get(i).people()).as("month %d", i + 1).isEqualTo(rawPeople.people(reach, buckets.get(i)));
        }
    }

    private static Map<String, List<Integer>> flat(Map<String, int[]> counts) {
        var map = new java.util.TreeMap<String, List<Integer>>();
        counts.forEach((key, c) -> map.put(key, java.util.Arrays.stream(c).boxed().toList()));
        return map;
    }

    private List<Long> centres() {
        return jdbc.queryForList("select id from centre where code like 'OCC-C%' order by id", Long.class);
    }
}
