package org.servicecentre.checkin;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.PublicKey;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Pattern;
import org.servicecentre.checkin.KioskBenchCity.Kiosk;
import org.servicecentre.checkin.KioskBenchCity.Ticket;
import org.servicecentre.programme.TicketSignatureCheck;

/**
 * The scans of the kiosk benchmark, one simulated kiosk per centre, each with its own HTTP client and device token and
 * a fresh client nonce per scan: closed loop (each kiosk sends its next scan as soon as the answer to the last one is
 * in: the rate at saturation), open loop (scans scheduled at a fixed rate across all kiosks, whatever the answers do;
 * latency counted from the scheduled time, so a server that falls behind is not flattered by sending less), and the
 * raw cost of a scan with the same concurrency: the Ed25519 check of a ticket plus one plain JDBC insert into
 * {@code check_in}. Every ticket is used once; {@link #next} hands them out per kiosk.
 */
final class KioskLoad implements AutoCloseable {

    private static final Pattern OUTCOME = Pattern.compile("\"outcome\"\\s*:\\s*\"([A-Z_]+)\"");

    /** How one run went. {@code nanos} are latencies; {@code lateNanos} how far the open loop's sender fell behind. */
    record Result(String name, int scans, double seconds, long[] nanos, Map<String, Integer> outcomes,
                  long lateNanos) {

        double rate() {
            return scans / seconds;
        }

        double percentileMillis(double p) {
            var sorted = nanos.clone();
            Arrays.sort(sorted);
            int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
        }

        double maxMillis() {
            return Arrays.stream(nanos).max().orElse(0) / 1e6;
        }

        String line() {
            return String.format(Locale.ROOT, "%-44s %6d scans in %6.2f s = %7.1f /s, p50 %7.1f ms, p95 %7.1f ms, "
                            + "p99 %7.1f ms, max %7.1f ms, %s", name, scans, seconds, rate(), percentileMillis(50),
                    percentileMillis(95), percentileMillis(99), maxMillis(), outcomes);
        }
    }

    private final List<Kiosk> kiosks;
    private final List<List<Ticket>> tickets;
    private final int[] used;
    private final List<HttpClient> clients = new ArrayList<>();
    private final String url;

    KioskLoad(KioskBenchCity city, String baseUrl) {
        this.kiosks = city.kiosks;
        this.tickets = city.tickets;
        this.used = new int[kiosks.size()];
        this.url = baseUrl + "/api/v1/kiosk/checkins";
        for (int i = 0; i < kiosks.size(); i++) {
            clients.add(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(10)).build());
        }
    }

    /** The next unused ticket of the kiosk's centre. */
    synchronized Ticket next(int kiosk) {
        var own = tickets.get(kiosk);
        if (used[kiosk] >= own.size()) {
            throw new IllegalStateException("kiosk " + kiosk + " ran out of tickets: raise the ticket count");
        }
        return own.get(used[kiosk]++);
    }

    /** Tickets handed out so far, all kiosks together. */
    synchronized int usedTickets() {
        return Arrays.stream(used).sum();
    }

    private HttpRequest request(Ticket ticket) {
        String body = "{\"token\":\"" + ticket.token() + "\",\"nonce\":\"api-" + UUID.randomUUID()
                + "\",\"method\":\"SCANNER\"}";
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(120))
                .header("Authorization", "Device " + kiosks.get(ticket.kiosk()).deviceToken())
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static String outcome(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            String body = response.body();
            return response.statusCode() + " " + (body.length() > 100 ? body.substring(0, 100) : body);
        }
        var matcher = OUTCOME.matcher(response.body());
        return matcher.find() ? matcher.group(1) : "200 without an outcome";
    }

    /** Closed loop: every kiosk sends {@code perKiosk} scans, each as soon as the last one is answered. */
    Result closedLoop(String name, int perKiosk) throws InterruptedException {
        return eachKiosk(name, kiosks.size(), perKiosk, (kiosk, i) -> {
            var response = clients.get(kiosk).send(request(next(kiosk)), HttpResponse.BodyHandlers.ofString());
            return outcome(response);
        });
    }

    /**
     * Open loop: {@code rate} scans a second for {@code seconds}, round robin over the kiosks, each sent at its
     * scheduled time without waiting for earlier answers; latency from the scheduled time to the answer.
     */
    Result openLoop(String name, double rate, double seconds) throws Exception {
        int scans = (int) Math.round(rate * seconds);
        var nanos = new long[scans];
        var outcomes = new ConcurrentHashMap<String, LongAdder>();
        var pending = new ArrayList<CompletableFuture<?>>(scans);
        double interval = 1e9 / rate;
        long late = 0;
        long started = System.nanoTime();
        for (int i = 0; i < scans; i++) {
            long due = started + Math.round(i * interval);
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            late = Math.max(late, System.nanoTime() - due);
            int kiosk = i % kiosks.size();
            int index = i;
            pending.add(clients.get(kiosk).sendAsync(request(next(kiosk)), HttpResponse.BodyHandlers.ofString())
                    .handle((response, failure) -> {
                        nanos[index] = System.nanoTime() - due;
                        String outcome = failure != null ? failure.getClass().getSimpleName() : outcome(response);
                        outcomes.computeIfAbsent(outcome, k -> new LongAdder()).increment();
                        return null;
                    }));
        }
        CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).get(5, TimeUnit.MINUTES);
        double elapsed = (System.nanoTime() - started) / 1e9;
        return new Result(name, scans, elapsed, nanos, counted(outcomes), late);
    }

    /**
     * The raw cost of a scan, closed loop with one JDBC connection per kiosk: the app's own Ed25519 check of the
     * ticket against the public key (read once, up front) and one autocommit insert of the check-in row.
     */
    Result raw(String name, int perKiosk, String jdbcUrl, String user, Map<Integer, PublicKey> keys)
            throws InterruptedException {
        var connections = new java.sql.Connection[kiosks.size()];
        try {
            for (int k = 0; k < connections.length; k++) {
                connections[k] = DriverManager.getConnection(jdbcUrl, user, "");
                connections[k].setAutoCommit(true);
            }
            return eachKiosk(name, kiosks.size(), perKiosk, (kiosk, i) -> {
                var ticket = next(kiosk);
                var key = keys.get(TicketSignatureCheck.keyId(ticket.token()));
                if (key == null || !TicketSignatureCheck.verifies(ticket.token(), key)) {
                    return "signature not valid";
                }
                try (var insert = connections[kiosk].prepareStatement("""
                        insert into check_in (centre_id, kiosk_id, client_nonce, outcome, subject, session_id,
                          registration_id, resident_id, method, scanned_at, received_at)
                        values (?, ?, ?, 'CHECKED_IN', 'REGISTRATION', ?, ?, ?, 'SCANNER', now(), now())""")) {
                    insert.setLong(1, ticket.centreId());
                    insert.setLong(2, ticket.kioskId());
                    insert.setString(3, "raw-" + UUID.randomUUID());
                    insert.setLong(4, ticket.sessionId());
                    insert.setLong(5, ticket.registrationId());
                    insert.setLong(6, ticket.residentId());
                    insert.executeUpdate();
                    return "CHECKED_IN";
                }
            });
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } finally {
            for (var connection : connections) {
                try {
                    if (connection != null) {
                        connection.close();
                    }
                } catch (SQLException ignored) {
                    // the run is over
                }
            }
        }
    }

    /** Closes the kiosks' HTTP clients and with them their connections. */
    @Override
    public void close() {
        clients.forEach(HttpClient::close);
    }

    interface Scan {
        String run(int kiosk, int i) throws Exception;
    }

    /**
     * One kiosk alone (no concurrency): {@code scans} scans through the API, one after the other, round robin over the
     * kiosks' tickets; the service time of a scan without queueing.
     */
    Result alone(String name, int scans) throws InterruptedException {
        return eachKiosk(name, 1, scans, (ignored, i) -> {
            int kiosk = i % kiosks.size();
            var response = clients.get(kiosk).send(request(next(kiosk)), HttpResponse.BodyHandlers.ofString());
            return outcome(response);
        });
    }

    /** One platform thread per kiosk (the first {@code count}), each doing its {@code perKiosk} scans back to back. */
    private Result eachKiosk(String name, int count, int perKiosk, Scan scan) throws InterruptedException {
        var nanos = new long[count * perKiosk];
        var outcomes = new ConcurrentHashMap<String, LongAdder>();
        var threads = new ArrayList<Thread>();
        var ready = new java.util.concurrent.CountDownLatch(1);
        for (int k = 0; k < count; k++) {
            int kiosk = k;
            threads.add(Thread.ofPlatform().name("bench-kiosk-" + k).start(() -> {
                try {
                    ready.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                for (int i = 0; i < perKiosk; i++) {
                    long before = System.nanoTime();
                    String outcome;
                    try {
                        outcome = scan.run(kiosk, i);
                    } catch (Exception e) {
                        outcome = e.getClass().getSimpleName() + ": " + e.getMessage();
                    }
                    nanos[kiosk * perKiosk + i] = System.nanoTime() - before;
                    outcomes.computeIfAbsent(outcome.length() > 120 ? outcome.substring(0, 120) : outcome,
                            x -> new LongAdder()).increment();
                }
            }));
        }
        long started = System.nanoTime();
        ready.countDown();
        for (var thread : threads) {
            thread.join();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        return new Result(name, nanos.length, seconds, nanos, counted(outcomes), 0);
    }

    private static Map<String, Integer> counted(Map<String, LongAdder> outcomes) {
        var counted = new TreeMap<String, Integer>();
        outcomes.forEach((k, v) -> counted.put(k, v.intValue()));
        return counted;
    }
}
