package org.servicecentre.checkin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.servicecentre.ServiceCentreTest;
import org.servicecentre.centre.CentreService;
import org.servicecentre.checkin.KioskDraft;
import org.servicecentre.checkin.KioskService;
import org.servicecentre.programme.ProgrammeFixtures;
import org.servicecentre.programme.RegistrationMode;
import org.servicecentre.programme.ResidentService;
import org.servicecentre.programme.SessionSummary;
import org.servicecentre.programme.TicketService;
import org.servicecentre.security.DevicePrincipal;
import org.servicecentre.security.SystemAuthentication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The check-in screen of a kiosk at 科技园 (KJY) with a hardware scanner: what is on today, the answer to a scanned
 * code, and the way back to idle. A session "happening now" at KJY is made by moving an outside session there in the
 * database, so that the tests run at any hour.
 */
@ServiceCentreTest
class CheckInViewTest extends SpringBrowserlessTest {

    @Autowired
    KioskService kiosks;

    @Autowired
    CentreService centres;

    @Autowired
    ProgrammeFixtures fixtures;

    @Autowired
    TicketService tickets;

    @Autowired
    ResidentService residents;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void forgetTheDevice() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theIdleScreenListsASessionHappeningTodayAtTheKiosksCentre() {
        var now = nowAtKjy();

        var view = openAsKiosk();

        assertThat(view).isNotNull();
        assertThat($(Span.class).withClassName("kiosk-today-title").all()).extracting(Span::getText)
                .contains(now.programmeTitle());
        assertThat($(H1.class).id("kiosk-prompt").getText()).isEqualTo("请出示签到码");
    }

    @Test
    void aValidTicketTypedByTheScannerShowsTheCheckedInAnswerWithTheMaskedName() {
        var now = nowAtKjy();
        var registration = fixtures.register(now.programmeId(), now.id(), "王秀英", "13900000011");
        var view = openAsKiosk();

        view.scanned(tickets.registrationToken(registration.id()) + "\n");

        assertThat($(H1.class).id("kiosk-answer-title").getText()).isEqualTo("签到成功");
        assertThat($(Div.class).id("kiosk-answer").getClassNames()).contains("kiosk-answer--success");
        assertThat(answerLines()).contains("王**，欢迎您！", "活动：" + now.programmeTitle());
    }

    @Test
    void aPersonalCardOffersTodaysSessionAsABigButtonAndTappingItChecksIn() {
        var now = nowAtKjy();
        var registration = fixtures.register(now.programmeId(), now.id(), "李建国", "13900000012");
        long cardId = fixtures.as("ngo", () -> residents.issueCard(registration.residentId(), false));
        var view = openAsKiosk();

        view.scanned(tickets.cardToken(cardId));
        var offered = $(H1.class).id("kiosk-answer-title").getText();
        test($(Button.class).withClassName("kiosk-choice").single()).click();

        assertThat(offered).isEqualTo("请选择今天要参加的活动");
        assertThat($(H1.class).id("kiosk-answer-title").getText()).isEqualTo("签到成功");
        assertThat(answerLines()).contains("李**，欢迎您！");
    }

    @Test
    void garbageFromTheScannerIsNotValid() {
        var view = openAsKiosk();

        view.scanned("hello world");

        assertThat($(H1.class).id("kiosk-answer-title").getText()).isEqualTo("二维码无效");
        assertThat($(Div.class).id("kiosk-answer").getClassNames()).contains("kiosk-answer--error");
    }

    @Test
    void afterTheAnswerTimesOutTheScreenIsIdleAgainButAnOlderTimerDoesNothing() {
        var view = openAsKiosk();
        view.scanned("SC1.not-a-ticket");
        view.scanned("SC1.still-not-a-ticket");

        view.answerTimedOut(2);
        var stillAnswering = $(H1.class).withId("kiosk-answer-title").exists();
        view.answerTimedOut(3);

        assertThat(stillAnswering).isTrue();
        assertThat($(H1.class).withId("kiosk-answer-title").exists()).isFalse();
        assertThat($(H1.class).id("kiosk-prompt").getText()).isEqualTo("请出示签到码");
    }

    private List<String> answerLines() {
        return $(Paragraph.class).withClassName("kiosk-answer-line").all().stream().map(Paragraph::getText).toList();
    }

    private CheckInView openAsKiosk() {
        var pairing = SystemAuthentication.asSystem(() -> kiosks.create(kjy(),
                new KioskDraft("CV-" + Long.toString(System.nanoTime(), 36).toUpperCase(), "入口")));
        var paired = kiosks.pair(pairing.code(), "203.0.113.7" + System.nanoTime());
        var device = kiosks.recognise(paired.token()).orElseThrow();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                new DevicePrincipal(device.id(), device.code(), device.name(), device.centreId()), null,
                List.of(new SimpleGrantedAuthority("ROLE_KIOSK"))));
        SecurityContextHolder.setContext(context);
        UI.getCurrent().navigate("kiosk");
        return (CheckInView) getCurrentView();
    }

    private long kjy() {
        return SystemAuthentication.asSystem(() -> centres.getByCode("KJY")).id();
    }

    /** A session of a fresh programme, at KJY, that started a minute ago and lasts 90 minutes. */
    private SessionSummary nowAtKjy() {
        var programme = fixtures.programme(10, RegistrationMode.PER_SESSION);
        var session = fixtures.outsideSession(programme.id(), 2);
        var start = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofMinutes(1));
        jdbc.update("update programme_session set centre_id = ?, starts_at = ?, ends_at = ? where id = ?", kjy(),
                Timestamp.from(start), Timestamp.from(start.plus(Duration.ofMinutes(90))), session.id());
        return session;
    }
}
