package org.servicecentre.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.servicecentre.EmbeddedPostgresServer;
import org.servicecentre.programme.AttendanceDesk;
import org.servicecentre.programme.TicketService;
import org.servicecentre.programme.TicketVerifier;
import org.servicecentre.security.CurrentUser;
import org.servicecentre.programme.TicketSignatureCheck;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The kiosk check-in benchmark of issue 6, run by {@code bench/kiosk/run} and never by {@code ./mvnw verify} (the name
 * does not end in Test). The whole app on a real HTTP port on the embedded PostgreSQL 17 of the tests, in a database
 * of its own, with 50 centres, each with a paired entrance kiosk and a session going on now with enough registrations
 * that every scan is a first check-in ({@link KioskBenchCity}). Measured ({@link KioskLoad}):
 * <ol>
 *   <li>the heap held per open kiosk check-in screen, with real headless Chromium browsers ({@link KioskHeap});</li>
 *   <li>the raw cost of a scan at saturation, 50 threads: Ed25519 check of a ticket + one plain JDBC insert;</li>
 *   <li>{@code POST /api/v1/kiosk/checkins} at saturation, 50 kiosks in a closed loop;</li>
 *   <li>the same API at a fixed offered rate (open loop), latency from each scan's scheduled time.</li>
 * </ol>
 * Then it checks that every API scan made exactly one check-in and no resident is checked in twice for a session.
 * Scale: {@code -Dbench.kiosks}, {@code -Dbench.warmup}, {@code -Dbench.raw}, {@code -Dbench.api} (scans per kiosk),
 * {@code -Dbench.rate}, {@code -Dbench.seconds}, {@code -Dbench.screens} (0 skips the browsers). It fails only when
 * something is wrong, not on a missed target.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "servicecentre.demo-data=true",
        "logging.level.root=warn",
        "spring.main.banner-mode=off",
        "vaadin.devmode.devTools.enabled=false",
        // production mode never tracks where components were made; development mode keeps a stack trace per component
        "vaadin.devmode.componentTracker.enabled=false"})
@ActiveProfiles("postgres")
@ContextConfiguration(initializers = KioskBenchmark.Database.class)
class KioskBenchmark {

    static final String DATABASE = "bench_kiosk";
    static final int KIOSKS = Integer.getInteger("bench.kiosks", 50);
    static final int WARM_UP = Integer.getInteger("bench.warmup", 20);
    static final int RAW = Integer.getInteger("bench.raw", 120);
    static final int API = Integer.getInteger("bench.api", 80);
    static final double RATE = Double.parseDouble(System.getProperty("bench.rate", "200"));
    static final double SECONDS = Double.parseDouble(System.getProperty("bench.seconds", "30"));
    static final int SCREENS = Integer.getInteger("bench.screens", 24);
    static final int SCREEN_WARM_UPS = Integer.getInteger("bench.screenWarmUps", 4);
    static final int SCREEN_STEPS = 4;
    static final int BREAKDOWN = Integer.getInteger("bench.breakdown", 100);
    static final int ALONE = Integer.getInteger("bench.alone", 200);

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    KioskService kioskService;
    @Autowired
    TicketService ticketService;
    @Autowired
    CheckInService checkInService;
    @Autowired
    CheckInWriter checkInWriter;
    @Autowired
    TicketVerifier ticketVerifier;
    @Autowired
    AttendanceDesk attendanceDesk;
    @Autowired
    CurrentUser currentUser;

    final List<String> report = new ArrayList<>();

    @Test
    void checksInThroughTheKioskApiFromFiftyKiosks() throws Exception {
        int open = (int) Math.ceil(RATE * SECONDS / KIOSKS);
        // the breakdown takes two tickets a scan in each of two rounds, round robin over the kiosks, as does "alone"
        int diagnostics = 4 * ceilDiv(BREAKDOWN, KIOSKS) + ceilDiv(ALONE, KIOSKS);
        var city = new KioskBenchCity(KIOSKS, API == 0 ? 1 : 2 * WARM_UP + RAW + API + open + diagnostics);
        try {
            city.generate(jdbc, kioskService, ticketService);
            say("PostgreSQL %s, %d cores, max heap %d MB, Hikari pool %s; load average at start: %s",
                    jdbc.queryForObject("show server_version", String.class),
                    Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                    jdbc.getDataSource() instanceof com.zaxxer.hikari.HikariDataSource hikari
                            ? String.valueOf(hikari.getMaximumPoolSize()) : "?", load());
            say("%d centres with a paired kiosk and a session on now, %d registrations generated in %.1f s; "
                    + "%d real signed tickets in %.1f s", KIOSKS, city.ticketCount(), city.generateSeconds,
                    city.ticketCount(), city.signSeconds);
            String base = "http://localhost:" + port;
            scans(city, base, open);
            if (SCREENS > 0) {
                heap(city, base);
            }
        } finally {
            System.out.println("\n=== kiosk benchmark ===");
            report.forEach(System.out::println);
            System.out.println("=== end ===\n");
        }
    }

    private void heap(KioskBenchCity city, String base) throws InterruptedException {
        var heap = new KioskHeap(base).measure(city.kiosks, SCREENS, SCREEN_WARM_UPS, SCREEN_STEPS);
        var used = java.util.Arrays.stream(heap.used()).mapToObj(b -> String.format(Locale.ROOT, "%.1f", b / 1048576.0))
                .toList();
        say("heap: %d kiosk check-in screens, each in its own headless Chromium, opened in %d steps after %d warm-up "
                        + "screens; used heap after full GCs (MB): %s at the start, %s after a pause (drift %+.0f KB), "
                        + "then %s (load %s)", SCREENS, SCREEN_STEPS, heap.warmUps(), used.get(0), used.get(1),
                heap.driftKb(), String.join(", ", used.subList(2, used.size())), load());
        say("heap held per open kiosk screen: %.0f KB (slope over the steps; each step alone %s KB; start to end %.0f "
                        + "KB; live bytes of the class histograms %.0f KB); target <= 250 KB: %s", heap.perScreenKb(),
                heap.stepKb(), heap.endToEndKb(), heap.livePerScreenKb(), met(heap.perScreenKb() <= 250));
        say("grown most, per screen (bytes, instances): %s", String.join(", ", heap.grown()));
    }

    private void scans(KioskBenchCity city, String base, int open) throws Exception {
        if (API == 0) {
            return; // -Dbench.api=0: the heap only
        }
        var keys = new HashMap<Integer, PublicKey>();
        jdbc.query("select id, public_key from ticket_key where state <> 'RETIRED'", rs -> {
            keys.put(Integer.parseInt(rs.getString(1)), TicketSignatureCheck.publicKey(rs.getBytes(2)));
        });
        String jdbcUrl = EmbeddedPostgresServer.jdbcUrl(DATABASE);
        try (var load = new KioskLoad(city, base)) {
            scans(city, load, keys);
        }
    }

    private void scans(KioskBenchCity city, KioskLoad load, Map<Integer, PublicKey> keys) throws Exception {
        String jdbcUrl = EmbeddedPostgresServer.jdbcUrl(DATABASE);
        var rawWarm = load.raw("warm-up raw", WARM_UP, jdbcUrl, EmbeddedPostgresServer.USER, keys);
        var apiWarm = load.closedLoop("warm-up API", WARM_UP);
        say("%s", rawWarm.line());
        say("%s", apiWarm.line());

        var alone = load.alone("API, one kiosk at a time", ALONE);
        say("%s (load %s)", alone.line(), load());
        var breakdown = new KioskBreakdown(kioskService, checkInService, checkInWriter, ticketVerifier,
                attendanceDesk, currentUser);
        var lines = breakdown.run(load, city.kiosks, BREAKDOWN, keys);
        say("in-process, one scan at a time, mean of %d scans (load %s):", BREAKDOWN, load());
        lines.forEach(line -> say("%s", line));

        var before = tableReads();
        var raw = load.raw("raw: Ed25519 + JDBC insert, " + KIOSKS + " threads", RAW, jdbcUrl,
                EmbeddedPostgresServer.USER, keys);
        var rawReads = difference(before, tableReads());
        String rawLoad = load();
        before = tableReads();
        var api = load.closedLoop("API closed loop, " + KIOSKS + " kiosks", API);
        var apiReads = difference(before, tableReads());
        String apiLoad = load();
        var paced = load.openLoop(String.format(Locale.ROOT, "API open loop at %.0f/s, %d kiosks", RATE, KIOSKS),
                RATE, SECONDS);
        String pacedLoad = load();

        say("%s (load %s)", raw.line(), rawLoad);
        say("%s (load %s)", api.line(), apiLoad);
        say("%s (load %s)", paced.line(), pacedLoad);
        say("open loop: %d scans scheduled over %.0f s; the sender was at most %.1f ms late; answered after %.2f s",
                paced.scans(), SECONDS, paced.lateNanos() / 1e6, paced.seconds());
        say("database work per scan (transactions, then index/sequential scans by table): raw %s; API %s",
                perScan(rawReads, raw.scans()), perScan(apiReads, api.scans()));
        double ratio = api.rate() / raw.rate();
        say("rate ratio API / raw at saturation: %.2f (target >= 0.5: %s); open loop p95 %.1f ms at %.0f/s "
                        + "(target < 50 ms: %s)", ratio, met(ratio >= 0.5), paced.percentileMillis(95), RATE,
                met(paced.percentileMillis(95) < 50));

        int apiSent = apiWarm.scans() + alone.scans() + api.scans() + paced.scans();
        int rawSent = rawWarm.scans() + raw.scans();
        long apiRows = count("select count(*) from check_in where client_nonce like 'api-%'");
        long rawRows = count("select count(*) from check_in where client_nonce like 'raw-%'");
        long attended = count("""
                select count(*) from session_attendance a join programme_session s on s.id = a.session_id
                where s.location = '基准活动室'""");
        long duplicates = count("""
                select count(*) from (select session_id, resident_id from check_in
                  where outcome = 'CHECKED_IN' and resident_id is not null
                  group by session_id, resident_id having count(*) > 1) d""");
        say("correctness: API scans sent %d, check-in rows %d; in-process scans %d; attendance rows %d (API + "
                        + "in-process); raw inserts %d, rows %d; residents checked in twice for a session: %d", apiSent,
                apiRows, breakdown.scans, attended, rawSent, rawRows, duplicates);

        for (var result : List.of(apiWarm, alone, api, paced)) {
            assertThat(result.outcomes()).as(result.name()).containsOnlyKeys("CHECKED_IN");
        }
        for (var result : List.of(rawWarm, raw)) {
            assertThat(result.outcomes()).as(result.name()).containsOnlyKeys("CHECKED_IN");
        }
        assertThat(apiRows).isEqualTo(apiSent);
        assertThat(attended).isEqualTo(apiSent + breakdown.scans);
        assertThat(rawRows).isEqualTo(rawSent);
        assertThat(duplicates).isZero();
        assertThat(load.usedTickets()).isEqualTo(apiSent + rawSent + breakdown.scans);
    }

    /** Transactions committed in the benchmark's database and index + sequential scans per table, so far. */
    private Map<String, Long> tableReads() throws InterruptedException {
        Thread.sleep(1500); // backends flush their statistics about once a second
        var reads = new TreeMap<String, Long>();
        reads.put("transactions", count("select xact_commit + xact_rollback from pg_stat_database "
                + "where datname = current_database()"));
        jdbc.query("select relname, coalesce(seq_scan, 0) + coalesce(idx_scan, 0), n_tup_ins from pg_stat_user_tables",
                rs -> {
                    reads.put(rs.getString(1), rs.getLong(2));
                    reads.put(rs.getString(1) + " inserts", rs.getLong(3));
                });
        return reads;
    }

    private static Map<String, Long> difference(Map<String, Long> before, Map<String, Long> after) {
        var difference = new TreeMap<String, Long>();
        after.forEach((k, v) -> {
            long delta = v - before.getOrDefault(k, 0L);
            if (delta > 0) {
                difference.put(k, delta);
            }
        });
        return difference;
    }

    private static String perScan(Map<String, Long> counts, int scans) {
        var parts = new ArrayList<String>();
        counts.forEach((k, v) -> parts.add(String.format(Locale.ROOT, "%s %.1f", k, v / (double) scans)));
        return String.join(", ", parts);
    }

    private static int ceilDiv(int a, int b) {
        return Math.ceilDiv(a, b);
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    private static String load() {
        try {
            var fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException e) {
            return "?";
        }
    }

    private void say(String format, Object... args) {
        report.add(String.format(Locale.ROOT, format, args));
    }

    private static String met(boolean met) {
        return met ? "MET" : "MISSED";
    }

    /** Points the datasource at a database of its own on the embedded server. */
    static class Database implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("embedded-postgres", Map.of(
                    "spring.datasource.url", EmbeddedPostgresServer.jdbcUrl(DATABASE),
                    "spring.datasource.username", EmbeddedPostgresServer.USER,
                    "spring.datasource.password", "")));
        }
    }
}
