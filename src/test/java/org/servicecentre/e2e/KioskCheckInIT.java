package org.servicecentre.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicecentre.security.SystemAuthentication.asSystem;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.servicecentre.centre.CentreService;
import org.servicecentre.programme.ProgrammeFixtures;
import org.servicecentre.programme.TicketService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo kiosk of 科技园 in a real Chromium: paired through its documented demo link, it checks a resident in when a
 * hardware scanner types their ticket into the page, and says so big, with the masked name.
 */
@EndToEndTest
class KioskCheckInIT {

    @Autowired
    ProgrammeFixtures fixtures;

    @Autowired
    TicketService tickets;

    @Autowired
    CentreService centres;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aScannedTicketChecksInAtTheDemoKiosk(Browser browser) {
        var token = tickets.registrationToken(registrationNowAtKjy());

        browser.open("kiosk/pair?device=kd_demo-kiosk-kjy-entrance");
        browser.awaitText(By.id("kiosk-centre"), "科技园社区党群服务中心");
        browser.screenshot("kiosk-idle-zh");
        browser.typeLikeAScanner(token);

        browser.awaitText(By.id("kiosk-answer-title"), "签到成功");
        assertThat(browser.text(By.id("kiosk-answer"))).contains("孙**");
        browser.screenshot("kiosk-checked-in-zh");
    }

    private long registrationNowAtKjy() {
        long kjy = asSystem(() -> centres.getByCode("KJY")).id();
        var session = fixtures.sessionNow(kjy, Duration.ofMinutes(1));
        return fixtures.register(session.programmeId(), session.id(), "孙丽华", null).id();
    }
}
