package org.servicecentre.booking;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * The write load of the booking benchmark: {@code requests} bookings by {@code clients} concurrent clients, spread
 * over many rooms and days, every tenth one deliberately half an hour into the slot of the one before (so exactly
 * one of each such pair must lose). Driven either through HTTP or as plain JDBC inserts into the same table.
 */
final class BookingLoad {

    /** Sessions of 90 minutes every two hours from 08:00: 30 minutes apart, more than the buffers of 10 + 10. */
    static final int SLOTS_PER_DAY = 7;
    static final int DAYS = 34;

    /** How one run went: the rate, the latency spread, and how many of each outcome. */
    record Result(String name, int requests, double seconds, long[] nanos, Map<String, Integer> outcomes) {

        double rate() {
            return requests / seconds;
        }

        double percentileMillis(double p) {
            var sorted = nanos.clone();
            Arrays.sort(sorted);
            int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
        }

        String line() {
            return String.format(Locale.ROOT, "%-34s %6d requests in %6.2f s = %7.1f /s, p50 %6.1f ms, p95 %6.1f ms, "
                    + "p99 %6.1f ms, %s", name, requests, seconds, rate(), percentileMillis(50), percentileMillis(95),
                    percentileMillis(99), outcomes);
        }
    }

    /** One booking to ask for. */
    record Ask(long roomId, Instant start, Instant end) {
    }

    private BookingLoad() {
    }

    /** Request {@code i} of a run over these rooms, starting {@code firstDay} days from today (Asia/Shanghai). */
    static Ask ask(List<Long> rooms, int firstDay, int i) {
        boolean conflict = i % 10 == 9;
        int slot = conflict ? i - 1 : i;
        long roomId = rooms.get(slot % rooms.size());
        int day = firstDay + (slot / rooms.size()) % DAYS;
        int session = (slot / (rooms.size() * DAYS)) % SLOTS_PER_DAY;
        var start = LocalDate.now(BookingFixtures.SHANGHAI).plusDays(day).atTime(LocalTime.of(8 + 2 * session, 0))
                .plusMinutes(conflict ? 30 : 0).atZone(BookingFixtures.SHANGHAI);
        return new Ask(roomId, start.toInstant(), start.plusMinutes(90).toInstant());
    }

    static Result http(String name, String url, String token, List<Long> rooms, int firstDay, int offset,
                       int requests, int clients) throws InterruptedException {
        var client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        var format = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
        return drive(name, requests, clients, i -> {
            var ask = ask(rooms, firstDay, offset + i);
            var body = String.format(Locale.ROOT, "{\"roomId\":%d,\"start\":\"%s\",\"end\":\"%s\",\"purpose\":\"基准测试\","
                    + "\"expectedAttendance\":5}", ask.roomId(), format.format(ask.start().atZone(BookingFixtures.SHANGHAI)),
                    format.format(ask.end().atZone(BookingFixtures.SHANGHAI)));
            var request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
            var response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 409) {
                var code = response.body().replaceAll("(?s).*\"code\"\\s*:\\s*\"([A-Z_]+)\".*", "$1");
                return "409 " + (code.length() < 40 ? code : "?");
            }
            return response.statusCode() == 201 ? "201" : response.statusCode() + " " + response.body();
        });
    }

    static Result jdbc(String name, String url, String user, long organisationId, long userId, List<Long> rooms,
                       Map<Long, Long> centreOfRoom, int firstDay, int offset, int requests, int clients)
            throws InterruptedException {
        var connections = new ConcurrentHashMap<Thread, java.sql.Connection>();
        try {
            return drive(name, requests, clients, i -> {
                var connection = connections.computeIfAbsent(Thread.currentThread(), t -> open(url, user));
                var ask = ask(rooms, firstDay, offset + i);
                try (var insert = connection.prepareStatement("""
                        insert into booking (room_id, centre_id, organisation_id, starts_at, ends_at, blocked_from,
                          blocked_until, purpose, expected_attendance, status, requested_by, requested_by_id,
                          created_at) values (?, ?, ?, ?, ?, ?, ?, '基准测试', 5, 'CONFIRMED', 'bench', ?, now())""")) {
                    insert.setLong(1, ask.roomId());
                    insert.setLong(2, centreOfRoom.get(ask.roomId()));
                    insert.setLong(3, organisationId);
                    insert.setTimestamp(4, Timestamp.from(ask.start()));
                    insert.setTimestamp(5, Timestamp.from(ask.end()));
                    insert.setTimestamp(6, Timestamp.from(ask.start().minus(Duration.ofMinutes(BenchCity.BUFFER_MINUTES))));
                    insert.setTimestamp(7, Timestamp.from(ask.end().plus(Duration.ofMinutes(BenchCity.BUFFER_MINUTES))));
                    insert.setLong(8, userId);
                    insert.executeUpdate();
                    return "inserted";
                } catch (SQLException refused) {
                    return "SQLState " + refused.getSQLState();
                }
            });
        } finally {
            for (var connection : connections.values()) {
                try {
                    connection.close();
                } catch (SQLException ignored) {
                    // the run is over
                }
            }
        }
    }

    private static java.sql.Connection open(String url, String user) {
        try {
            var connection = DriverManager.getConnection(url, user, "");
            connection.setAutoCommit(true);
            return connection;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    interface Call {
        String run(int i) throws Exception;
    }

    /** {@code clients} threads take request numbers from one counter until all are done. */
    private static Result drive(String name, int requests, int clients, Call call) throws InterruptedException {
        var next = new AtomicInteger();
        var nanos = new long[requests];
        var outcomes = new ConcurrentHashMap<String, LongAdder>();
        var threads = new ArrayList<Thread>();
        long started = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            threads.add(Thread.ofPlatform().name("bench-client-" + c).start(() -> {
                for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
                    long before = System.nanoTime();
                    String outcome;
                    try {
                        outcome = call.run(i);
                    } catch (Exception e) {
                        outcome = e.getClass().getSimpleName();
                    }
                    nanos[i] = System.nanoTime() - before;
                    outcomes.computeIfAbsent(outcome.length() > 120 ? outcome.substring(0, 120) : outcome,
                            k -> new LongAdder()).increment();
                }
            }));
        }
        for (var thread : threads) {
            thread.join();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        var counted = new TreeMap<String, Integer>();
        outcomes.forEach((k, v) -> counted.put(k, v.intValue()));
        return new Result(name, requests, seconds, nanos, counted);
    }
}
