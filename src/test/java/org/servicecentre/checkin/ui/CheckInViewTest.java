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

        scan(view, tickets.registrationToken(registration.id()) + "\n");

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

        scan(view, tickets.cardToken(cardId));
        var offered = $(H1.class).id("kiosk-answer-title").getText();
        test($(Button.class).withClassName("kiosk-choice").single()).click();

        assertThat(offered).isEqualTo("请选择今天要参加的活动");
        assertThat($(H1.class).id("kiosk-answer-title").getText()).isEqualTo("签到成功");
        assertThat(answerLines()).contains("李**，欢迎您！");
    }

    @Test
    void garbageFromTheScannerIsNotValid() {
        var view = openAsKiosk();

        scan(view, "hello world");

        assertThat($(H1.class).id("kiosk-answer-title").getText()).isEqualTo("二维码无效");
        assertThat($(Div.class).id("kiosk-answer").getClassNames()).contains("kiosk-answer--error");
    }

    @Test
    void afterTheAnswerTimesOutTheScreenIsIdleAgainButAnOlderTimerDoesNothing() {
        var view = openAsKiosk();
        scan(view, "SC1.not-a-ticket");
        var first = view.screenNumber();
        scan(view, "SC1.still-not-a-ticket");

        view.answerTimedOut(first);
        var stillAnswering = $(H1.class).withId("kiosk-answer-title").exists();
        view.answerTimedOut(view.screenNumber());

        assertThat(stillAnswering).isTrue();
        assertThat($(H1.class).withId("kiosk-answer-title").exists()).isFalse();
        assertThat($(H1.class).id("kiosk-prompt").getText()).isEqualTo("请出示签到码");
    }

    @Test
    void aWalkInTapsTheSessionOnNowThenWhoTheyAreAndIsCountedWithoutAName() {
        var now = nowAtKjy();
        var view = openAsKiosk();

        test($(Button.class).id("kiosk-open-walkin")).click();
        test($(Button.class).withClassName("kiosk-walkin-session").all().stream()
                .filter(b -> b.getElement().getTextRecursively().contains(now.programmeTitle())).findFirst()
                .orElseThrow()).click();
        test($(Button.class).withText("外来务工人员").single()).click();

        assertThat($(H1.class).id("kiosk-answer-title").getText()).isEqualTo("签到成功");
        assertThat(answerLines()).contains("活动：" + now.programmeTitle());
        assertThat(jdbc.queryForList("select target_group from check_in where session_id = ? and subject = 'WALK_IN'",
                String.class, now.id())).containsExactly("MIGRANT_WORKERS");
    }

    @Test
    void aCardWithNothingTodayHereOffersTheWalkInChoicesBelowTheAnswer() {
        var programme = fixtures.programme(10, RegistrationMode.PER_SESSION);
        var elsewhere = fixtures.outsideSession(programme.id(), 3);
        var registration = fixtures.register(programme.id(), elsewhere.id(), null, null);
        long cardId = fixtures.as("ngo", () -> residents.issueCard(registration.residentId(), false));
        var view = openAsKiosk();

        scan(view, tickets.cardToken(cardId));
        test($(Button.class).id("kiosk-walkin-centre")).click();
        test($(Button.class).id("kiosk-walkin-skip")).click();

        assertThat($(H1.class).id("kiosk-answer-title").getText()).isEqualTo("签到成功");
        assertThat(answerLines()).contains("欢迎来到本中心");
    }

    @Test
    void aScanKeptOfflineThatArrivesLateCountsAtItsOwnTimeWithoutTakingOverTheScreen() {
        var now = nowAtKjy();
        var registration = fixtures.register(now.programmeId(), now.id(), null, null);
        var view = openAsKiosk();
        var madeOffline = Instant.now().minus(Duration.ofSeconds(50)).truncatedTo(ChronoUnit.MILLIS);
        var nonce = java.util.UUID.randomUUID().toString();

        view.scanned(tickets.registrationToken(registration.id()), "SCANNER", nonce, madeOffline.toEpochMilli());
        view.scanned(tickets.registrationToken(registration.id()), "SCANNER", nonce, madeOffline.toEpochMilli());

        assertThat($(H1.class).id("kiosk-prompt").getText()).isEqualTo("请出示签到码");
        assertThat(jdbc.queryForList("select scanned_at from check_in where client_nonce = ?", Timestamp.class, nonce))
                .singleElement().satisfies(at -> assertThat(at.toInstant()).isEqualTo(madeOffline));
    }

    @Test
    void theLanguageSwitchShowsEnglishUntilTheScreenGoesIdleAgain() {
        openAsDemoKiosk();
        var view = (CheckInView) getCurrentView();

        test($(Button.class).id("kiosk-language-en")).click();
        var english = $(H1.class).id("kiosk-prompt").getText();
        view.answerTimedOut(view.screenNumber());

        assertThat(english).isEqualTo("Show your code here");
        assertThat($(H1.class).id("kiosk-prompt").getText()).isEqualTo("请出示签到码");
    }

    @Test
    void theIdleScreensFeedbackButtonOpensTheFacesAndTheyComeBackToIdleWhenDone() {
        openAsDemoKiosk();

        test($(Button.class).id("kiosk-open-feedback")).click();
        var title = $(H1.class).id("kiosk-feedback-title").getText();
        test($(com.vaadin.flow.component.html.NativeButton.class).id("kiosk-feedback-skip")).click();

        assertThat(title).isNotBlank();
        assertThat($(H1.class).id("kiosk-prompt").getText()).isEqualTo("请出示签到码");
    }

    @Test
    void checkingOutOffersToRateTheActivityJustLeft() {
        // begun before the quiet scan 150 s ago, so that both lie on one day even just after midnight
        var now = fixtures.sessionNow(kjy(), Duration.ofMinutes(5));
        var token = tickets.registrationToken(fixtures.register(now.programmeId(), now.id(), null, null).id());
        openAsDemoKiosk();
        var view = (CheckInView) getCurrentView();
        long kiosk = jdbc.queryForObject("select id from kiosk_device where code = 'KJY-ENTRANCE'", Long.class);
        view.scanned(token, "SCANNER", java.util.UUID.randomUUID().toString(),
                Instant.now().minus(Duration.ofSeconds(150)).toEpochMilli());
        assertThat(jdbc.queryForObject("select count(*) from check_in where kiosk_id = ? and session_id = ?",
                Long.class, kiosk, now.id())).as("checked in 150 s ago, kept quietly").isEqualTo(1);

        scan(view, token);
        var title = $(H1.class).id("kiosk-answer-title").getText();
        test($(Button.class).id("kiosk-rate-visit")).click();

        assertThat(title).isEqualTo("签退成功");
        assertThat($(H1.class).id("kiosk-feedback-title").getText()).contains(now.programmeTitle());
    }

    @Test
    void aStaffCodeGoesToTheStaffStartAnswerNotToTheResidentsCheckIn() {
        var view = openAsKiosk();

        scan(view, "scs_" + "a".repeat(32));

        assertThat($(H1.class).id("kiosk-staff-title").getText()).isEqualTo("工作人员签到码无效");
        assertThat($(H1.class).withId("kiosk-answer-title").exists()).isFalse();
    }

    private static void scan(CheckInView view, String text) {
        view.scanned(text, "SCANNER", java.util.UUID.randomUUID().toString(), Instant.now().toEpochMilli());
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

    /** As the demo kiosk KJY-ENTRANCE, whose profile offers Chinese and English. */
    private void openAsDemoKiosk() {
        var device = jdbc.queryForMap("select id, code, name, centre_id from kiosk_device where code = 'KJY-ENTRANCE'");
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                new DevicePrincipal(((Number) device.get("ID")).longValue(), (String) device.get("CODE"),
                        (String) device.get("NAME"), ((Number) device.get("CENTRE_ID")).longValue()), null,
                List.of(new SimpleGrantedAuthority("ROLE_KIOSK"))));
        SecurityContextHolder.setContext(context);
        UI.getCurrent().navigate("kiosk");
    }

    private long kjy() {
        return SystemAuthentication.asSystem(() -> centres.getByCode("KJY")).id();
    }

    /** A session of a fresh programme, at KJY, that started a minute ago and lasts 90 minutes. */
    private SessionSummary nowAtKjy() {
        var session = fixtures.sessionNow(kjy(), Duration.ofMinutes(1));
        return session;
    }
}
