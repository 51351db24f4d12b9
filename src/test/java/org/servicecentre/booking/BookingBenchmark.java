package org.servicecentre.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.servicecentre.EmbeddedPostgresServer;
import org.servicecentre.centre.PartnershipService;
import org.servicecentre.security.ApiTokenService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.MapPropertySource;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The booking benchmark of issue 4, run by {@code bench/booking} and never by {@code ./mvnw verify} (the name does
 * not end in Test). On the embedded PostgreSQL 17 and the whole app on a real HTTP port: (a) bookings created through
 * {@code POST /api/v1/bookings} by 32 concurrent clients with a bearer token, against plain JDBC inserts into the same
 * constrained table by 32 threads in the same run; (b) the free-room search over a city of 10,000 rooms and a million
 * bookings, against a plain SQL not-exists query for the same rooms. Scale: {@code -Dbench.rooms}, {@code
 * -Dbench.bookings}, {@code -Dbench.allianceCentres}, {@code -Dbench.requests}, {@code -Dbench.clients}, {@code
 * -Dbench.searches}. It fails only when something is wrong (an overlap, an unexpected answer), not on a missed target.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "servicecentre.demo-data=true",
        "logging.level.root=warn",
        "spring.main.banner-mode=off",
        "vaadin.devmode.devTools.enabled=false"})
@ActiveProfiles("postgres")
@ContextConfiguration(initializers = BookingBenchmark.Database.class)
@Import(BookingBenchmark.StandInBookingController.class)
class BookingBenchmark {

    static final String DATABASE = "bench_booking";
    static final int ROOMS = Integer.getInteger("bench.rooms", 10_000);
    static final int BOOKINGS = Integer.getInteger("bench.bookings", 1_000_000);
    static final int ALLIANCE_CENTRES = Integer.getInteger("bench.allianceCentres", 50);
    static final int REQUESTS = Integer.getInteger("bench.requests", 1_600);
    static final int CLIENTS = Integer.getInteger("bench.clients", 32);
    static final int SEARCHES = Integer.getInteger("bench.searches", 100);

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    BookingFixtures fixtures;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    FreeRoomSearch search;
    @Autowired
    PartnershipService partnerships;

    final List<String> report = new ArrayList<>();
    final Map<Long, Long> centreOfRoom = new HashMap<>();

    @Test
    void booksThroughTheApiAndSearchesFreeRoomsAtScale() throws Exception {
        var city = new BenchCity(ROOMS, ALLIANCE_CENTRES, Math.max(0, BOOKINGS / ROOMS));
        double generated = city.generate(jdbc);
        jdbc.query("select id, centre_id from room", rs -> {
            centreOfRoom.put(rs.getLong(1), rs.getLong(2));
        });
        say("PostgreSQL %s, %d cores; city: %d centres, %d rooms, %d bookings generated in %.1f s; alliance of %d "
                        + "centres (%d rooms)", jdbc.queryForObject("show server_version", String.class),
                Runtime.getRuntime().availableProcessors(), city.centres, city.rooms, city.bookings, generated,
                city.allianceCentres, city.allianceRoomIds.size());

        try {
            writes(city);
            searches(city);
        } finally {
            System.out.println("\n=== booking benchmark ===");
            report.forEach(System.out::println);
            System.out.println("=== end ===\n");
        }
    }

    private void writes(BenchCity city) throws Exception {
        var token = fixtures.as("ngo", () -> tokens.create("bench", Duration.ofHours(3))).token();
        String url = "http://localhost:" + port + "/api/v1/bookings";
        int probe = post(url, token, "{}");
        boolean real = probe != 404;
        if (!real) {
            url = "http://localhost:" + port + "/api/v1/bench-bookings";
        }
        if (REQUESTS == 0) {
            return;
        }
        say("HTTP endpoint: %s (%s)", url, real ? "the app's booking API, probe answered " + probe
                : "STAND-IN: /api/v1/bookings answered 404, so a controller in the benchmark calls BookingService");
        String jdbcUrl = EmbeddedPostgresServer.jdbcUrl(DATABASE);
        int warm = Math.max(CLIENTS, REQUESTS / 10);
        BookingLoad.jdbc("warm-up", jdbcUrl, EmbeddedPostgresServer.USER, city.organisationId, city.userId,
                city.otherRoomIds, centreOfRoom, BenchCity.FIRST_FREE_DAY, 0, warm, CLIENTS);
        BookingLoad.http("warm-up", url, token, city.allianceRoomIds, BenchCity.FIRST_FREE_DAY, 0, warm, CLIENTS);
        var raw = BookingLoad.jdbc("plain JDBC insert, " + CLIENTS + " threads", jdbcUrl, EmbeddedPostgresServer.USER,
                city.organisationId, city.userId, city.otherRoomIds, centreOfRoom, BenchCity.FIRST_FREE_DAY, warm,
                REQUESTS, CLIENTS);
        var api = BookingLoad.http("HTTP API, " + CLIENTS + " clients", url, token, city.allianceRoomIds,
                BenchCity.FIRST_FREE_DAY, warm, REQUESTS, CLIENTS);
        long overlaps = jdbc.queryForObject(BookingRaceScenarios.OVERLAPPING_PAIRS, Long.class);
        say("%s", raw.line());
        say("%s", api.line());
        double ratio = api.rate() / raw.rate();
        say("ratio API / plain JDBC: %.2f (target >= 0.5: %s); API p95 %.1f ms (target < 100 ms: %s); "
                        + "overlapping holding pairs in the whole table: %d (target 0: %s)", ratio, met(ratio >= 0.5),
                api.percentileMillis(95), met(api.percentileMillis(95) < 100), overlaps, met(overlaps == 0));

        assertThat(overlaps).isZero();
        int conflicts = REQUESTS / 10;
        assertThat(api.outcomes().keySet()).as("HTTP answers")
                .isSubsetOf("201", "409 BOOKING_SLOT_TAKEN", "409 BOOKING_SLOT_JUST_TAKEN");
        assertThat(api.outcomes()).containsEntry("201", REQUESTS - conflicts);
        // two plain inserts of overlapping rows may also deadlock in the exclusion check (40P01): one loses either way
        assertThat(raw.outcomes().keySet()).isSubsetOf("inserted", "SQLState 23P01", "SQLState 40P01");
        assertThat(raw.outcomes()).containsEntry("inserted", REQUESTS - conflicts);
    }

    private void searches(BenchCity city) {
        var bookable = fixtures.as("ngo", () -> partnerships.bookableCentreIds(city.organisationId));
        var random = new Random(42);
        var slots = new ArrayList<TimeSlot>();
        for (int i = 0; i < SEARCHES; i++) {
            var start = LocalDate.now(BookingFixtures.SHANGHAI).plusDays(1 + random.nextInt(40))
                    .atTime(8 + random.nextInt(12), 15 * random.nextInt(4)).atZone(BookingFixtures.SHANGHAI);
            slots.add(new TimeSlot(start.toInstant(), start.plusMinutes(60 + 30 * random.nextInt(3)).toInstant()));
        }
        long oneCentre = city.allianceCentreIds.get(city.allianceCentreIds.size() / 2);
        int minCapacity = 20;
        var mismatches = new TreeMap<String, Integer>();
        for (var kind : List.of("alliance", "one centre")) {
            Long centreId = kind.equals("alliance") ? null : oneCentre;
            Set<Long> centres = centreId == null ? bookable : Set.of(centreId);
            String inCentres = centres.stream().map(String::valueOf).collect(Collectors.joining(", ", "(", ")"));
            Map<Integer, Long> found = new HashMap<>();
            Set<Long> benchCentres = Set.copyOf(city.allianceCentreIds);
            var app = timeSearches("FreeRoomSearch, " + kind + " (" + centres.size() + " centres)", slots, i -> {
                var rooms = fixtures.as("ngo", () -> search.search(new FreeRoomQuery(List.of(slots.get(i)),
                        minCapacity, Set.of(), centreId)));
                found.put(i, rooms.stream().filter(r -> benchCentres.contains(r.centreId())).count());
                return rooms.isEmpty() ? "none free" : "some free";
            });
            var sql = timeSearches("plain SQL not-exists, " + kind, slots, i -> {
                var free = baseline(inCentres, minCapacity, slots.get(i));
                long rooms = free.stream().filter(r -> benchCentres.contains(centreOfRoom.get(r))).count();
                if (rooms != found.get(i)) {
                    mismatches.merge(kind, 1, Integer::sum);
                }
                return rooms == 0 ? "none free" : "some free";
            });
            say("%s", app.line());
            say("%s", sql.line());
            say("search p95 %s: %.1f ms against %.1f ms plain SQL (target < 50 ms: %s)", kind,
                    app.percentileMillis(95), sql.percentileMillis(95), met(app.percentileMillis(95) < 50));
        }
        assertThat(mismatches).as("searches where the app and the plain query found different numbers of rooms")
                .isEmpty();
    }

    /** Rooms of these centres, big enough, bookable, with no holding booking in the slot widened by their buffers. */
    private List<Long> baseline(String inCentres, int minCapacity, TimeSlot slot) {
        return jdbc.queryForList("""
                select r.id from room r where r.centre_id in %s and r.active and r.bookable and r.capacity >= ?
                  and not exists (select 1 from booking b where b.room_id = r.id
                    and b.status in ('REQUESTED', 'CONFIRMED')
                    and b.blocked_from < cast(? as timestamptz) + make_interval(mins => r.cleanup_minutes)
                    and b.blocked_until > cast(? as timestamptz) - make_interval(mins => r.setup_minutes))
                order by r.capacity, r.id""".formatted(inCentres), Long.class, minCapacity,
                OffsetDateTime.ofInstant(slot.end(), ZoneOffset.UTC), OffsetDateTime.ofInstant(slot.start(), ZoneOffset.UTC));
    }

    private BookingLoad.Result timeSearches(String name, List<TimeSlot> slots, BookingLoad.Call call) {
        int warm = Math.min(20, slots.size());
        for (int i = 0; i < warm; i++) {
            try {
                call.run(i);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        var nanos = new long[slots.size()];
        var outcomes = new TreeMap<String, Integer>();
        long started = System.nanoTime();
        for (int i = 0; i < slots.size(); i++) {
            long before = System.nanoTime();
            try {
                outcomes.merge(call.run(i), 1, Integer::sum);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            nanos[i] = System.nanoTime() - before;
        }
        return new BookingLoad.Result(name, slots.size(), (System.nanoTime() - started) / 1e9, nanos, outcomes);
    }

    private static int post(String url, String token, String body) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
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

    /**
     * Stands in for {@code POST /api/v1/bookings} (same JSON, same service call, same error handling) while that
     * controller is not merged; used only when the real path answers 404.
     */
    @RestController
    static class StandInBookingController {

        private final BookingService bookings;

        StandInBookingController(BookingService bookings) {
            this.bookings = bookings;
        }

        record Body(Long roomId, OffsetDateTime start, OffsetDateTime end, String purpose, Integer expectedAttendance,
                    Long organisationId) {
        }

        @PostMapping("/api/v1/bench-bookings")
        ResponseEntity<Map<String, Object>> create(@RequestBody Body body) {
            var created = bookings.create(new BookingDraft(body.roomId(), body.start().toInstant(),
                    body.end().toInstant(), body.purpose(), body.organisationId(), body.expectedAttendance(), null));
            return ResponseEntity.status(201).body(Map.of("id", created.id(), "status", created.status()));
        }
    }
}
