package org.servicecentre.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicecentre.security.SystemAuthentication.asSystem;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.servicecentre.centre.CentreService;
import org.servicecentre.programme.ProgrammeFixtures;
import org.servicecentre.programme.TicketService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Camera scanning at the demo kiosk of 科技园 (its profile turns the front camera on) in a real Chromium whose camera
 * is Chromium's fake one playing a video of a real ticket's QR code: the code is read in the browser (ZXing in
 * WebAssembly, the .wasm from the app) and checks the resident in once, however long it stays in front of the camera.
 * Without any camera the screen says so and points to the hardware scanner.
 */
@EndToEndTest
class KioskCameraIT {

    private static final By CAMERA = By.id("kiosk-camera");
    private static final String KJY_KIOSK = "kiosk/pair?device=kd_demo-kiosk-kjy-entrance";

    @Autowired
    ProgrammeFixtures fixtures;

    @Autowired
    TicketService tickets;

    @Autowired
    CentreService centres;

    @Autowired
    JdbcTemplate jdbc;

    @Value("${local.server.port}")
    int port;

    @Test
    void aTicketHeldUpToTheCameraChecksTheResidentInOnce() {
        long registration = registrationNowAtKjy("周桂芳");
        var video = FakeCameraVideo.showing(tickets.registrationToken(registration));

        withCamera(video, browser -> {
            browser.open(KJY_KIOSK);

            browser.awaitText(By.id("kiosk-answer-title"), "签到成功");
            assertThat(browser.text(By.id("kiosk-answer"))).contains("周**");
            browser.screenshot("kiosk-camera-checked-in-zh");
            // the code stays in front of the camera: no second scan, so no "already checked in"
            pause(Duration.ofSeconds(3));
            assertThat(browser.text(By.id("kiosk-answer-title"))).isEqualTo("签到成功");
        });

        assertThat(jdbc.queryForList("select method from check_in where registration_id = ?", String.class,
                registration)).containsExactly("CAMERA");
    }

    @Test
    void theIdleScreenShowsTheLivePreviewBesideOrAboveThePrompt() {
        withCamera(FakeCameraVideo.empty(), browser -> {
            browser.open(KJY_KIOSK).awaitVisible(By.cssSelector("#kiosk-camera[state=scanning]"));

            assertThat(browser.text(CAMERA)).isEqualTo("也可以把二维码对准摄像头");
            browser.screenshot("kiosk-camera-idle-zh-1280x800");
            browser.viewport(1080, 1920, false).screenshot("kiosk-camera-idle-zh-1080x1920");
            var findings = new ArrayList<String>();
            KioskAccessibilityIT.check(browser, "camera preview", findings);
            assertThat(findings).isEmpty();
        });
    }

    @Test
    void withoutACameraTheScreenSaysSoPlainlyAndPointsToTheScanner(Browser browser) {
        browser.open(KJY_KIOSK).awaitVisible(By.cssSelector("#kiosk-camera.kiosk-camera--failed")).settle();

        assertThat(browser.text(CAMERA)).contains("摄像头暂时不能用", "请用下方的扫码器扫码，或请工作人员帮忙",
                "原因：没有找到摄像头");
        browser.screenshot("kiosk-camera-failed-zh-1280x800");
        browser.viewport(1080, 1920, false).screenshot("kiosk-camera-failed-zh-1080x1920");
        browser.click(By.id("kiosk-language-en")).awaitTextContaining(CAMERA, "The camera is not available");
        assertThat(browser.text(CAMERA)).contains("Please use the scanner below, or ask a member of staff",
                "Reason: no camera was found");
        browser.screenshot("kiosk-camera-failed-en-1080x1920");
    }

    /** A Chromium whose camera plays {@code video}; what it showed is kept when the steps fail. */
    private void withCamera(Path video, Consumer<Browser> steps) {
        try (var browser = Browser.startWithCamera("http://localhost:" + port, video)) {
            try {
                steps.accept(browser);
            } catch (AssertionError | RuntimeException failure) {
                failure.addSuppressed(new AssertionError("What the browser showed: "
                        + browser.saveScreenshot("failed-KioskCameraIT-" + System.nanoTime())));
                throw failure;
            }
        }
    }

    /** A registration of {@code name} for a session at KJY that started a minute ago. */
    private long registrationNowAtKjy(String name) {
        long kjy = asSystem(() -> centres.getByCode("KJY")).id();
        var session = fixtures.sessionNow(kjy, Duration.ofMinutes(1));
        return fixtures.register(session.programmeId(), session.id(), name, null).id();
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
