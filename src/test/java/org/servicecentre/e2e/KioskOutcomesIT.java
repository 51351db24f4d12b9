package org.servicecentre.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicecentre.security.SystemAuthentication.asSystem;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.servicecentre.centre.CentreService;
import org.servicecentre.checkin.CheckInService;
import org.servicecentre.checkin.ScanMethod;
import org.servicecentre.programme.ProgrammeFixtures;
import org.servicecentre.programme.RegistrationMode;
import org.servicecentre.programme.RegistrationService;
import org.servicecentre.programme.ResidentService;
import org.servicecentre.programme.SessionSummary;
import org.servicecentre.programme.TicketService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every answer of the demo kiosk of 科技园 (KJY-ENTRANCE: check-out on, Chinese and English) in a real Chromium at a
 * portrait 1080×1920 and a landscape 1280×800 screen, in both languages: each code typed as a hardware scanner does,
 * each answer's title checked and a screenshot saved under target/screenshots/kiosk-outcomes/ to be looked at. Then
 * the walk-in screens and the offline notice, whose kept scan reaches the server once the connection is back.
 */
@EndToEndTest
class KioskOutcomesIT {

    private static final Map<String, String[]> TITLES = Map.of(
            "checked_in", new String[] {"签到成功", "Checked in"},
            "already_checked_in", new String[] {"已经签到过了", "Already checked in"},
            "checked_out", new String[] {"签退成功", "Checked out"},
            "already_checked_out", new String[] {"已经签退", "Already checked out"},
            "choose_session", new String[] {"请选择今天要参加的活动", "Choose today's activity"},
            "no_session_today", new String[] {"今天在本中心没有您报名的活动", "No activity of yours here today"},
            "not_today", new String[] {"不是今天的活动", "Not today's activity"},
            "other_centre", new String[] {"这是其他中心的活动", "This activity is at another centre"},
            "expired", new String[] {"二维码已过期", "This code has expired"},
            "not_valid", new String[] {"二维码无效", "This code is not valid"});

    @Autowired
    ProgrammeFixtures fixtures;

    @Autowired
    TicketService tickets;

    @Autowired
    CentreService centres;

    @Autowired
    ResidentService residents;

    @Autowired
    RegistrationService registrations;

    @Autowired
    CheckInService checkIns;

    @Autowired
    JdbcTemplate jdbc;

    @LocalServerPort
    int port;

    /** With a camera that sees nothing, as a kiosk at rest does (headless Chromium has none of its own). */
    @Test
    void everyAnswerInBothLanguagesOnAPortraitKiosk() {
        try (var browser = Browser.startWithCamera("http://localhost:" + port, FakeCameraVideo.empty())) {
            everyAnswer(browser, 1080, 1920);
        }
    }

    @Test
    void everyAnswerInBothLanguagesOnALandscapeKiosk() {
        try (var browser = Browser.startWithCamera("http://localhost:" + port, FakeCameraVideo.empty())) {
            everyAnswer(browser, 1280, 800);
        }
    }

    @Test
    void offlineTheKioskSaysSoAtOnceKeepsTheScanAndSendsItWhenTheConnectionIsBack(Browser browser) {
        var now = sessionNow("KJY");
        var registration = fixtures.register(now.programmeId(), now.id(), null, null);
        browser.viewport(1280, 800, false).open("kiosk/pair?device=kd_demo-kiosk-kjy-entrance");
        browser.awaitText(By.id("kiosk-centre"), "科技园社区党群服务中心");

        browser.networkOffline(true);
        browser.typeLikeAScanner(tickets.registrationToken(registration.id()));
        browser.awaitTextContaining(By.id("kiosk-offline-queued"), "本机已保存 1 次扫码");
        browser.screenshot("kiosk-outcomes/offline-zh-1280x800");
        var keptWhileOffline = checkIns(registration.id());
        browser.networkOffline(false);

        assertThat(keptWhileOffline).isZero();
        browser.awaitCondition("the kept scan was sent", () -> checkIns(registration.id()) == 1);
        assertThat(jdbc.queryForObject("select count(*) from session_attendance where registration_id = ?",
                Long.class, registration.id())).isEqualTo(1);
    }

    private void everyAnswer(Browser browser, int width, int height) {
        var size = width + "x" + height;
        browser.viewport(width, height, false).open("kiosk/pair?device=kd_demo-kiosk-kjy-entrance");
        browser.awaitText(By.id("kiosk-centre"), "科技园社区党群服务中心");
        for (int language = 0; language < 2; language++) {
            var tag = language == 0 ? "zh" : "en";
            inLanguage(browser, language);
            browser.screenshot("kiosk-outcomes/idle-" + tag + "-" + size);
            for (var scan : scans().entrySet()) {
                inLanguage(browser, language);
                browser.typeLikeAScanner(scan.getValue());
                var outcome = scan.getKey().replaceAll("#.*", "");
                browser.awaitText(By.id("kiosk-answer-title"), TITLES.get(outcome)[language]);
                browser.screenshot("kiosk-outcomes/" + scan.getKey().replace('#', '-') + "-" + tag + "-" + size);
            }
            browser.awaitText(By.id("kiosk-prompt"), "请出示签到码"); // idle again, in the kiosk's first language
            inLanguage(browser, language);
            browser.click(By.id("kiosk-open-walkin"));
            browser.awaitTextContaining(By.id("kiosk-walkin"), language == 0 ? "您今天来参加什么" : "What are you here for");
            browser.screenshot("kiosk-outcomes/walkin-" + tag + "-" + size);
            browser.click(By.id("kiosk-walkin-centre"));
            browser.screenshot("kiosk-outcomes/walkin-group-" + tag + "-" + size);
            browser.click(By.id("kiosk-walkin-skip"));
            browser.awaitText(By.id("kiosk-answer-title"), TITLES.get("checked_in")[language]);
            browser.screenshot("kiosk-outcomes/walkin-checked-in-" + tag + "-" + size);
            browser.awaitText(By.id("kiosk-prompt"), "请出示签到码"); // idle again, in the kiosk's first language
            inLanguage(browser, language);
            browser.click(By.id("kiosk-open-feedback"));
            browser.screenshot("kiosk-outcomes/feedback-" + tag + "-" + size);
            browser.click(By.id("kiosk-feedback-skip"));
        }
    }

    /** Codes in the order they are scanned, named by the answer they must get. */
    private Map<String, String> scans() {
        var now = sessionNow("KJY");
        var scans = new LinkedHashMap<String, String>();
        var arriving = tickets.registrationToken(fixtures.register(now.programmeId(), now.id(), "孙丽华", null).id());
        scans.put("checked_in", arriving);
        scans.put("already_checked_in", arriving);
        var leaving = fixtures.register(now.programmeId(), now.id(), "周建华", null);
        var leavingToken = tickets.registrationToken(leaving.id());
        long kiosk = jdbc.queryForObject("select id from kiosk_device where code = 'KJY-ENTRANCE'", Long.class);
        fixtures.as("manager", () -> checkIns.scan(centreId("KJY"), kiosk, leavingToken, UUID.randomUUID().toString(),
                Instant.now().minus(Duration.ofMinutes(4)), ScanMethod.SCANNER));
        scans.put("checked_out", leavingToken);
        scans.put("already_checked_out", leavingToken);
        var holder = fixtures.register(now.programmeId(), now.id(), "吴淑珍", null);
        scans.put("choose_session", tickets.cardToken(fixtures.as("ngo", () -> residents.issueCard(
                holder.residentId(), false))));
        var programme = fixtures.programme(10, RegistrationMode.PER_SESSION);
        var outside = fixtures.register(programme.id(), fixtures.outsideSession(programme.id(), 3).id(), null, null);
        scans.put("no_session_today", tickets.cardToken(fixtures.as("ngo", () -> residents.issueCard(
                outside.residentId(), false))));
        var later = fixtures.outsideSession(programme.id(), 50);
        move(later, "KJY", Instant.now().plus(Duration.ofDays(2)));
        scans.put("not_today", tickets.registrationToken(fixtures.register(programme.id(), later.id(), null, null)
                .id()));
        var elsewhere = sessionNow("GXQ");
        scans.put("other_centre", tickets.registrationToken(fixtures.register(elsewhere.programmeId(), elsewhere.id(),
                null, null).id()));
        var past = fixtures.outsideSession(programme.id(), 4);
        var pastRegistration = fixtures.register(programme.id(), past.id(), null, null);
        move(past, "KJY", Instant.now().minus(Duration.ofDays(10)));
        scans.put("expired", tickets.registrationToken(pastRegistration.id()));
        var forged = tickets.registrationToken(fixtures.register(now.programmeId(), now.id(), null, null).id());
        int middle = forged.length() / 2;
        scans.put("not_valid#forged", forged.substring(0, middle) + (forged.charAt(middle) == 'A' ? 'B' : 'A')
                + forged.substring(middle + 1));
        var cancelled = fixtures.register(now.programmeId(), now.id(), null, null);
        var cancelledToken = tickets.registrationToken(cancelled.id());
        fixtures.as("ngo", () -> registrations.cancel(cancelled.id(), null));
        scans.put("not_valid#cancelled", cancelledToken);
        return scans;
    }

    /** Makes the kiosk speak the language (0 Chinese, 1 English) now, with the scanner input focused again. */
    private static void inLanguage(Browser browser, int language) {
        browser.settle();
        var other = By.id(language == 1 ? "kiosk-language-en" : "kiosk-language-zh-CN");
        if (browser.exists(other)) {
            browser.click(other);
            browser.awaitText(By.id("kiosk-prompt"), language == 1 ? "Show your code here" : "请出示签到码");
        }
        browser.focus(By.id("kiosk-scanner"));
    }

    private long checkIns(long registrationId) {
        return jdbc.queryForObject("select count(*) from check_in where registration_id = ?", Long.class,
                registrationId);
    }

    /** A session of a fresh programme at the centre, begun five minutes ago, for 90 minutes. */
    private SessionSummary sessionNow(String centre) {
        return fixtures.sessionNow(centreId(centre), Duration.ofMinutes(5));
    }

    private SessionSummary move(SessionSummary session, String centre, Instant start) {
        return fixtures.moveTo(session, centreId(centre), start, Duration.ofMinutes(90));
    }

    private long centreId(String code) {
        return asSystem(() -> centres.getByCode(code)).id();
    }
}
