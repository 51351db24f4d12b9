package org.servicecentre.occupancy;

import java.sql.DriverManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.servicecentre.EmbeddedPostgresServer;
import org.servicecentre.occupancy.city.CityGenerator;
import org.servicecentre.occupancy.city.CityScale;
import org.servicecentre.security.SystemAuthentication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The occupancy benchmark of issue 8, run by {@code bench/occupancy/run} and never by {@code ./mvnw verify} (the name
 * does not end in Test). The whole app (mock web environment, no jobs) on the embedded PostgreSQL 17: a synthetic city
 * is generated into its database ({@link CityGenerator}, scale from {@code -Dcity.*}, foreign keys not checked row by
 * row unless {@code -Dcity.skipForeignKeyChecks=false}), the daily usage rollup is built for the generated year
 * ({@link CityRollupBuild}, timed) and the people rollup through the app's own {@link PeopleRollup#catchUp} (timed),
 * then, as the system, with warm-up first and a different centre or district each
 * repetition: (a) a centre's 90-day weekday × hour heatmap, (b) a district's monthly utilisation table over the year,
 * (c) a district's work report (or, without {@code WorkReports}, the statistics it is compiled from), each beside the
 * plain SQL aggregate over the raw tables for the same question ({@link RawUsageQueries}), p50/p95 and their ratio.
 * Repetitions: {@code -Dbench.reps} (dashboard queries), {@code -Dbench.reportReps}, {@code -Dbench.warmup}.
 * It fails only when something is wrong (an error, rollup and raw answers that differ), not on a missed target.
 */
@SpringBootTest(properties = {
        "servicecentre.demo-data=false",
        "logging.level.root=warn",
        "spring.main.banner-mode=off",
        "vaadin.devmode.devTools.enabled=false",
        "spring.quartz.scheduler-name=bench-occupancy",
        "spring.quartz.auto-startup=false",
        "servicecentre.notification.dispatch.enabled=false",
        "servicecentre.checkin.auto-close.enabled=false",
        "servicecentre.reminder.scan.enabled=false",
        "servicecentre.occupancy.digests.enabled=false",
        "servicecentre.occupancy.no-show-release.enabled=false",
        "servicecentre.occupancy.proposals.enabled=false",
        "servicecentre.occupancy.usage-rollup.enabled=false"})
@ActiveProfiles("postgres")
@ContextConfiguration(initializers = OccupancyBenchmark.Database.class)
class OccupancyBenchmark {

    static final String DATABASE = "bench_occupancy";
    static final int REPS = Integer.getInteger("bench.reps", 40);
    static final int REPORT_REPS = Integer.getInteger("bench.reportReps", 10);
    static final int WARMUP = Integer.getInteger("bench.warmup", 5);

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UsageStatistics usage;
    @Autowired
    AttendanceStatistics attendance;
    @Autowired
    ApplicationContext context;
    @Autowired
    CityRollupBuild rollupBuild;
    @Autowired
    PeopleRollup peopleRollup;

    final List<String> report = new ArrayList<>();

    static class Database implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("embedded-postgres", Map.of(
                    "spring.datasource.url", EmbeddedPostgresServer.jdbcUrl(DATABASE),
                    "spring.datasource.username", EmbeddedPostgresServer.USER,
                    "spring.datasource.password", "")));
        }
    }

    @Test
    void measuresTheDashboardsAndTheReportOnAGeneratedCity() throws Exception {
        try {
            var scale = CityScale.fromSystemProperties();
            say("PostgreSQL %s, %d cores; scale: %d centres x %d rooms, %,d bookings, %,d check-ins, %d days from %s,"
                    + " now %s, seed %d", jdbc.queryForObject("show server_version", String.class),
                    Runtime.getRuntime().availableProcessors(), scale.centres(), scale.roomsPerCentre(),
                    scale.bookings(), scale.checkIns(), scale.days(), scale.firstDay(), scale.now(), scale.seed());
            boolean skipFk = !"false".equals(System.getProperty("city.skipForeignKeyChecks"));
            CityGenerator.Result generated;
            try (var connection = DriverManager.getConnection(EmbeddedPostgresServer.jdbcUrl(DATABASE),
                    EmbeddedPostgresServer.USER, "")) {
                generated = CityGenerator.generate(connection, scale, skipFk);
            }
            say("generated: %s%s", generated.summary(), skipFk ? " (foreign keys not checked row by row)" : "");
            say("database size after generation: %s (booking %s, check_in %s, registration %s)",
                    size("pg_database_size(current_database())"), size("pg_total_relation_size('booking')"),
                    size("pg_total_relation_size('check_in')"), size("pg_total_relation_size('registration')"));

            LocalDate yesterday = scale.now().toLocalDate().minusDays(1);
            var year = new UsagePeriod(scale.firstDay(), yesterday);
            var now = scale.now().atZone(RawUsageQueries.ZONE).toInstant();
            var built = rollupBuild.build(scale.prefix(), year, now);
            say("rollup: %s", built);
            long peopleStarted = System.nanoTime();
            int peopleRows = peopleRollup.catchUp(now);
            double peopleSeconds = (System.nanoTime() - peopleStarted) / 1e9;
            int settledCentres = jdbc.queryForObject("select count(*) from people_settled", Integer.class);
            say("people rollup (PeopleRollup.catchUp, the app's own path): %,d rows for %d centres in %.1f s"
                    + " (%.2f s a centre)", peopleRows, settledCentres, peopleSeconds,
                    peopleSeconds / Math.max(1, settledCentres));
            say("database size with the rollups: %s (room_day_usage %s, centre_day_usage %s, people_day %s,"
                    + " people_day_group %s, people_day_resident %s)", size("pg_database_size(current_database())"),
                    size("pg_total_relation_size('room_day_usage')"), size("pg_total_relation_size('centre_day_usage')"),
                    size("pg_total_relation_size('people_day')"), size("pg_total_relation_size('people_day_group')"),
                    size("pg_total_relation_size('people_day_resident')"));
            jdbc.execute("analyze");

            List<Long> centres = jdbc.queryForList("select id from centre where code like ? order by id", Long.class,
                    scale.prefix() + "-C%");
            List<Long> districts = jdbc.queryForList("select id from region where level = 'DISTRICT' and code like ?"
                    + " order by id", Long.class, scale.prefix() + "-D%");
            var raw = new RawUsageQueries(jdbc);
            var last90 = UsagePeriod.lastDays(yesterday, 90);

            compare("(a) centre 90-day heatmap", 200, REPS,
                    i -> usage.heatmap(UsageSubject.centre(pick(centres, i)), last90),
                    i -> raw.heatmap(pick(centres, i), last90));
            compare("(b) district monthly table, year", 200, REPS,
                    i -> usage.breakdownTrend(UsageSubject.region(pick(districts, i)), year, Granularity.MONTH),
                    i -> raw.monthlyByCentre(pick(districts, i), year));
            Object reports = context.containsBean("workReports") ? context.getBean("workReports") : null;
            var compile = reports == null ? null
                    : reports.getClass().getMethod("compile", UsageSubject.class, UsagePeriod.class);
            compare(reports != null ? "(c) district work report (WorkReports.compile)"
                            : "(c) district report figures (no WorkReports: figures, trend, breakdown, attendance)",
                    10_000, REPORT_REPS,
                    i -> {
                        var district = UsageSubject.region(pick(districts, i));
                        if (compile != null) {
                            try {
                                return compile.invoke(reports, district, year);
                            } catch (ReflectiveOperationException e) {
                                throw new IllegalStateException(e);
                            }
                        }
                        return reportFigures(district, year);
                    },
                    i -> raw.report(pick(districts, i), year));
        } finally {
            System.out.println("\n=== occupancy benchmark ===");
            report.forEach(System.out::println);
            System.out.println("=== end ===\n");
        }
    }

    /** What a district's report is compiled from, when WorkReports is not there to call. */
    private List<Object> reportFigures(UsageSubject subject, UsagePeriod period) {
        return List.of(usage.figures(subject, period), usage.figures(subject, period.previous()),
                usage.trend(subject, period, Granularity.MONTH), usage.breakdown(subject, period),
                attendance.people(subject, period), attendance.trend(subject, period, Granularity.MONTH),
                attendance.byTargetGroup(subject, period), attendance.byOrganisation(subject, period),
                attendance.byCategory(subject, period), attendance.byProgramme(subject, period),
                attendance.satisfaction(subject, period), attendance.bestRatedSessions(subject, period, 3));
    }

    private void compare(String name, long targetMillis, int reps, IntFunction<Object> rollup,
            IntFunction<Object> raw) {
        for (int i = 0; i < WARMUP; i++) {
            int k = reps + i; // other subjects than the measured ones
            SystemAuthentication.asSystem(() -> rollup.apply(k));
            raw.apply(k);
        }
        long[] rollupNanos = new long[reps];
        long[] rawNanos = new long[reps];
        for (int i = 0; i < reps; i++) {
            int k = i;
            long started = System.nanoTime();
            SystemAuthentication.asSystem(() -> rollup.apply(k));
            rollupNanos[i] = System.nanoTime() - started;
            started = System.nanoTime();
            raw.apply(k);
            rawNanos[i] = System.nanoTime() - started;
        }
        double p50 = percentile(rollupNanos, 50);
        double p95 = percentile(rollupNanos, 95);
        double rawP50 = percentile(rawNanos, 50);
        double rawP95 = percentile(rawNanos, 95);
        say("%-80s %d reps: p50 %8.1f ms, p95 %8.1f ms (target p95 < %d ms: %s) | plain SQL p50 %8.1f ms,"
                        + " p95 %8.1f ms | plain/rollup p50 %.1fx", name, reps, p50, p95, targetMillis,
                p95 < targetMillis ? "met" : "MISSED", rawP50, rawP95, rawP50 / p50);
    }

    private static long pick(List<Long> ids, int i) {
        // a stride through the list so that neighbours (same street) are not measured one after the other
        return ids.get((int) ((i * 37L) % ids.size()));
    }

    private static double percentile(long[] nanos, int p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }

    private String size(String expression) {
        return jdbc.queryForObject("select pg_size_pretty(" + expression + ")", String.class);
    }

    private void say(String format, Object... args) {
        String line = String.format(Locale.ROOT, format, args);
        report.add(line);
        System.out.println(line);
    }
}
