package org.servicecentre.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicecentre.security.SystemAuthentication.asSystem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.servicecentre.centre.CentreService;
import org.servicecentre.programme.ProgrammeFixtures;
import org.servicecentre.programme.TicketService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * axe-core (the npm package's build, kept under src/test/resources/axe) against the kiosk pages in Chromium, WCAG 2.x
 * A and AA rules: no serious or critical finding; and every touch target on a kiosk screen at least 48×48 CSS px.
 */
@EndToEndTest
class KioskAccessibilityIT {

    /** Runs axe on the document; answers its violations of impact serious or critical as "rule (impact): targets". */
    private static final String RUN_AXE = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
              .then(r => done(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => v.id + ' (' + v.impact + '): ' + v.nodes.map(n => n.target.join(' ')).join(', '))))
              .catch(e => done(['axe failed: ' + e]));
            """;

    /** Visible buttons, links and inputs smaller than 48×48 CSS px (the hidden scanner input is not a target). */
    private static final String SMALL_TARGETS = """
            return [...document.querySelectorAll('vaadin-button, button, a[href], input, [role=button]')]
              .filter(e => e.id !== 'kiosk-scanner' && !e.closest('[hidden]') && e.offsetParent !== null
                && !e.closest('vaadin-button:not(:scope)'))
              .map(e => [e, e.getBoundingClientRect()])
              .filter(([e, r]) => r.width > 0 && (r.width < 48 || r.height < 48))
              .map(([e, r]) => (e.id || e.tagName.toLowerCase() + '.' + e.className) + ' ' + Math.round(r.width)
                + 'x' + Math.round(r.height));
            """;

    @Autowired
    ProgrammeFixtures fixtures;

    @Autowired
    TicketService tickets;

    @Autowired
    CentreService centres;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theKioskScreensHaveNoSeriousFindingsAndLargeTouchTargets(Browser browser) {
        var token = tickets.registrationToken(registrationNowAtKjy());
        var findings = new ArrayList<String>();

        browser.viewport(1280, 800, false).open("kiosk/pair");
        check(browser, "pairing", findings);
        browser.open("kiosk/pair?device=kd_demo-kiosk-kjy-entrance");
        browser.awaitText(By.id("kiosk-centre"), "科技园社区党群服务中心");
        check(browser, "idle", findings);
        browser.focus(By.id("kiosk-scanner")).typeLikeAScanner(token);
        browser.awaitText(By.id("kiosk-answer-title"), "签到成功");
        check(browser, "checked in", findings);
        browser.focus(By.id("kiosk-scanner")).typeLikeAScanner("SC1.not-a-ticket");
        browser.awaitText(By.id("kiosk-answer-title"), "二维码无效");
        check(browser, "not valid", findings);
        browser.awaitText(By.id("kiosk-prompt"), "请出示签到码");
        browser.click(By.id("kiosk-open-walkin"));
        check(browser, "walk-in", findings);
        browser.click(By.id("kiosk-walkin-centre"));
        check(browser, "walk-in group", findings);
        browser.open("kiosk/door/" + jdbc.queryForObject("""
                select min(r.id) from room r join centre c on c.id = r.centre_id where c.code = 'KJY'""", Long.class));
        check(browser, "door display", findings);

        assertThat(findings).isEmpty();
    }

    static void check(Browser browser, String screen, List<String> findings) {
        browser.settle();
        browser.execute(axeScript());
        for (var violation : browser.executeAsync(RUN_AXE)) {
            findings.add(screen + ": " + violation);
        }
        for (var small : browser.execute(SMALL_TARGETS)) {
            findings.add(screen + ": touch target under 48 px: " + small);
        }
    }

    private static String axeScript() {
        try (var in = KioskAccessibilityIT.class.getResourceAsStream("/axe/axe.min.js")) {
            return "if (!window.axe) {" + new String(in.readAllBytes(), StandardCharsets.UTF_8) + "\n}; return [];";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private long registrationNowAtKjy() {
        long kjy = asSystem(() -> centres.getByCode("KJY")).id();
        var session = fixtures.sessionNow(kjy, Duration.ofMinutes(1));
        return fixtures.register(session.programmeId(), session.id(), "钱美玲", null).id();
    }
}
