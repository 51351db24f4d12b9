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
import java.util.List;
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

    record Result(int screens, long before, long half, long after, int warmUps) {

        double perScreenKb() {
            return (after - before) / 1024.0 / screens;
        }

        double firstHalfKb() {
            return (half - before) / 1024.0 / (screens / 2);
        }

        double secondHalfKb() {
            return (after - half) / 1024.0 / (screens - screens / 2);
        }
    }

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
    Result measure(List<Kiosk> kiosks, int screens, int warmUps) throws InterruptedException {
        if (kiosks.size() < screens + warmUps) {
            throw new IllegalArgumentException("one kiosk per screen: " + (screens + warmUps) + " needed");
        }
        try {
            for (int i = 0; i < screens + warmUps; i++) {
                drivers.add(start(kiosks.get(i)));
            }
            for (int i = 0; i < warmUps; i++) {
                openKiosk(drivers.get(i), kiosks.get(i));
            }
            Thread.sleep(2000);
            long before = usedAfterGc();
            int half = screens / 2;
            for (int i = warmUps; i < warmUps + half; i++) {
                openKiosk(drivers.get(i), kiosks.get(i));
            }
            Thread.sleep(2000);
            long middle = usedAfterGc();
            for (int i = warmUps + half; i < warmUps + screens; i++) {
                openKiosk(drivers.get(i), kiosks.get(i));
            }
            Thread.sleep(2000);
            long after = usedAfterGc();
            return new Result(screens, before, middle, after, warmUps);
        } finally {
            drivers.forEach(ChromeDriver::quit);
            profiles.forEach(KioskHeap::deleteQuietly);
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
