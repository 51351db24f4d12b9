package org.servicecentre.checkin;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import javax.management.ObjectName;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.servicecentre.checkin.KioskBenchCity.Kiosk;
import org.servicecentre.security.DeviceCookie;

/**
 * Measures the heap a kiosk's open check-in screen holds on the server. Each simulated kiosk is its own headless
 * Chromium (its own profile, so its own cookie jar and HTTP session, as a real kiosk is), given its device cookie on a
 * static page of the app. With every browser already started (so the Selenium objects in this JVM are counted in the
 * baseline), the used heap is read after several full collections; then the browsers open the check-in screen
 * ({@code /kiosk}) in two halves, and the used heap is read again after each half. The difference divided by the
 * number of screens is the heap held per open kiosk session (Vaadin session, UI and component tree, HTTP session).
 */
final class KioskHeap {

    /** True once Vaadin's client engine has started and no server round trip is in flight. */
    private static final String VAADIN_SETTLED = """
            const flow = window.Vaadin && window.Vaadin.Flow;
            if (document.readyState !== 'complete' || !flow || !flow.clients) return false;
            const clients = Object.values(flow.clients).filter(c => typeof c.isActive === 'function');
            return clients.length > 0 && clients.every(c => !c.isActive());
            """;

    /**
     * What was measured: the used heap after full collections and the live bytes of the class histogram, at the
     * start ({@code [0]}), after a pause with nothing opened ({@code [1]}: the drift), and after each step of
     * screens opened ({@code [2..]}).
     */
    record Result(int screens, int steps, int warmUps, long[] used, long[] live, List<String> grown) {

        /** Heap per screen: the slope of a least-squares line through the used heap after each step. */
        double perScreenKb() {
            return slope(used) / 1024.0;
        }

        double livePerScreenKb() {
            return slope(live) / 1024.0;
        }

        /** Per screen, from the start to the end only. */
        double endToEndKb() {
            return (used[used.length - 1] - used[1]) / 1024.0 / screens;
        }

        /** How much the used heap moved in the pause with nothing opened. */
        double driftKb() {
            return (used[1] - used[0]) / 1024.0;
        }

        /** The per-screen figure of each step on its own. */
        List<Long> stepKb() {
            var each = new ArrayList<Long>();
            for (int i = 2; i < used.length; i++) {
                each.add(Math.round((used[i] - used[i - 1]) / 1024.0 / (screens / steps)));
            }
            return each;
        }

        private double slope(long[] values) {
            int n = values.length - 1; // from the point after the pause
            double meanX = 0;
            double meanY = 0;
            for (int i = 0; i < n; i++) {
                meanX += i * (double) screens / steps;
                meanY += values[i + 1];
            }
            meanX /= n;
            meanY /= n;
            double num = 0;
            double den = 0;
            for (int i = 0; i < n; i++) {
                double x = i * (double) screens / steps - meanX;
                num += x * (values[i + 1] - meanY);
                den += x * x;
            }
            return num / den;
        }
    }

    /** More connections than the browsers open together (at most six each). */
    static final int CONNECTIONS = 300;

    private final String baseUrl;
    private final List<ChromeDriver> drivers = new ArrayList<>();
    private final List<Path> profiles = new ArrayList<>();

    KioskHeap(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /**
     * Opens {@code warmUps} screens first (class loading and caches of the first screens are not a session's cost;
     * they stay open and belong to the baseline), then {@code screens} more, measured.
     */
    Result measure(List<Kiosk> kiosks, int screens, int warmUps, int steps) throws InterruptedException {
        if (kiosks.size() < screens + warmUps) {
            throw new IllegalArgumentException("one kiosk per screen: " + (screens + warmUps) + " needed");
        }
        if (screens % steps != 0) {
            throw new IllegalArgumentException("screens must be a multiple of steps");
        }
        try {
            warmConnectionBuffers(CONNECTIONS);
            for (int i = 0; i < screens + warmUps; i++) {
                drivers.add(start(kiosks.get(i)));
            }
            for (int i = 0; i < warmUps; i++) {
                openKiosk(drivers.get(i), kiosks.get(i));
            }
            var used = new long[steps + 2];
            var live = new long[steps + 2];
            Thread.sleep(2000);
            var first = histogram();
            live[0] = total(first);
            used[0] = usedAfterGc();
            Thread.sleep(10_000); // about as long as a step takes, with nothing opened: the drift
            live[1] = total(histogram());
            used[1] = usedAfterGc();
            Map<String, long[]> last = first;
            for (int step = 0; step < steps; step++) {
                for (int i = 0; i < screens / steps; i++) {
                    int index = warmUps + step * (screens / steps) + i;
                    openKiosk(drivers.get(index), kiosks.get(index));
                }
                Thread.sleep(2000);
                used[step + 2] = usedAfterGc();
                last = histogram();
                live[step + 2] = total(last);
            }
            return new Result(screens, steps, warmUps, used, live, grown(first, last, screens));
        } finally {
            drivers.forEach(ChromeDriver::quit);
            profiles.forEach(KioskHeap::deleteQuietly);
        }
    }

    /**
     * Tomcat keeps the buffers of closed connections (about 16 KB each) in a pool for the next ones. Opens this many
     * connections at once, asks for a static file on each, and closes them, so that the pool holds enough buffers for
     * the browsers' connections: buffers of the transport, not of a kiosk's session, are then not counted.
     */
    private void warmConnectionBuffers(int count) {
        var uri = java.net.URI.create(baseUrl);
        var sockets = new ArrayList<java.net.Socket>();
        try {
            for (int i = 0; i < count; i++) {
                var socket = new java.net.Socket(uri.getHost(), uri.getPort());
                socket.setSoTimeout(30_000);
                sockets.add(socket);
            }
            byte[] request = ("GET /styles.css HTTP/1.1\r\nHost: " + uri.getHost() + "\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            for (var socket : sockets) {
                socket.getOutputStream().write(request);
                socket.getOutputStream().flush();
            }
            for (var socket : sockets) {
                if (socket.getInputStream().read() < 0) {
                    throw new IllegalStateException("no answer on a warm-up connection");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            for (var socket : sockets) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // closing is the point
                }
            }
        }
    }

    /** A fresh headless Chromium holding the kiosk's device cookie, on a static page of the app (no session yet). */
    private ChromeDriver start(Kiosk kiosk) {
        System.setProperty("SE_AVOID_STATS", "true");
        System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
        try {
            Path profile = Files.createTempDirectory("sc-bench-chromium-");
            profiles.add(profile);
            var options = new ChromeOptions();
            options.setBinary("/usr/bin/chromium");
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1280,800",
                    "--lang=zh-CN");
            var service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File("/usr/bin/chromedriver")).build();
            var driver = new ChromeDriver(service, options);
            driver.get(baseUrl + "/styles.css");
            driver.manage().addCookie(new Cookie.Builder(DeviceCookie.NAME, kiosk.deviceToken()).path("/")
                    .isHttpOnly(true).sameSite("Lax").build());
            return driver;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Opens the check-in screen and waits until it shows the kiosk's centre and Vaadin has settled. */
    private void openKiosk(ChromeDriver driver, Kiosk kiosk) {
        driver.get(baseUrl + "/kiosk");
        var wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        wait.withMessage(() -> "the kiosk screen of " + kiosk.code() + " did not show its centre: "
                        + driver.getCurrentUrl())
                .until((ExpectedCondition<Boolean>) d -> !d.findElements(By.id("kiosk-centre")).isEmpty()
                        && kiosk.centreName().equals(d.findElement(By.id("kiosk-centre")).getText().trim()));
        wait.until((ExpectedCondition<Boolean>) d ->
                Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(VAADIN_SETTLED)));
    }

    /** Bytes of live objects per class, from the JVM's class histogram (which runs a full collection first). */
    static Map<String, long[]> histogram() {
        try {
            var text = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                    new Object[] {new String[0]}, new String[] {String[].class.getName()});
            var bytes = new HashMap<String, long[]>();
            var row = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)");
            text.lines().forEach(line -> {
                var matcher = row.matcher(line);
                // G1's filler objects pad unused space; they hold nothing
                if (matcher.find() && !matcher.group(3).contains("jdk.internal.vm.Filler")) {
                    bytes.put(matcher.group(3), new long[] {Long.parseLong(matcher.group(1)),
                            Long.parseLong(matcher.group(2))});
                }
            });
            return bytes;
        } catch (Exception e) {
            throw new IllegalStateException("no class histogram", e);
        }
    }

    private static long total(Map<String, long[]> histogram) {
        return histogram.values().stream().mapToLong(v -> v[1]).sum();
    }

    /** The classes whose live bytes grew most, per screen: bytes and instances. */
    private static List<String> grown(Map<String, long[]> before, Map<String, long[]> after, int screens) {
        var none = new long[2];
        return after.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), new long[] {e.getValue()[0] - before.getOrDefault(e.getKey(), none)[0],
                        e.getValue()[1] - before.getOrDefault(e.getKey(), none)[1]}))
                .sorted(Comparator.comparingLong((Map.Entry<String, long[]> e) -> e.getValue()[1]).reversed())
                .limit(20)
                .map(e -> String.format(Locale.ROOT, "%s %.1f KB (%.1f)", e.getKey(), e.getValue()[1] / 1024.0 / screens,
                        e.getValue()[0] / (double) screens))
                .toList();
    }

    /** The used heap after full collections: the lowest of several readings, each after a System.gc(). */
    static long usedAfterGc() throws InterruptedException {
        var memory = ManagementFactory.getMemoryMXBean();
        long lowest = Long.MAX_VALUE;
        for (int i = 0; i < 6; i++) {
            System.gc();
            Thread.sleep(300);
            lowest = Math.min(lowest, memory.getHeapMemoryUsage().getUsed());
        }
        return lowest;
    }

    private static void deleteQuietly(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException | UncheckedIOException e) {
            // a leftover temp profile is harmless
        }
    }
}
