package org.servicecentre.checkin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.servicecentre.ServiceCentreTest;
import org.servicecentre.centre.CentreService;
import org.servicecentre.checkin.FeedbackService;
import org.servicecentre.checkin.KioskDraft;
import org.servicecentre.checkin.KioskService;
import org.servicecentre.checkin.KioskSummary;
import org.servicecentre.programme.ProgrammeFixtures;
import org.servicecentre.programme.RegistrationMode;
import org.servicecentre.programme.SessionSummary;
import org.servicecentre.security.DevicePrincipal;
import org.servicecentre.security.SystemAuthentication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** The kiosk's satisfaction screen at 科技园 (KJY): faces with words, tags, send or skip, the thank-you, the timers. */
@ServiceCentreTest
class FeedbackPanelTest extends SpringBrowserlessTest {

    @Autowired
    FeedbackService feedback;

    @Autowired
    KioskService kiosks;

    @Autowired
    CentreService centres;

    @Autowired
    ProgrammeFixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    private final AtomicInteger done = new AtomicInteger();

    @AfterEach
    void forgetTheDevice() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void showsFiveFacesEachWithItsWordAndNothingElseToSendYet() {
        open(kiosk(), null);

        assertThat($(H1.class).id("kiosk-feedback-title").getText()).isEqualTo("您对今天的服务满意吗？");
        assertThat($(NativeButton.class).withClassName("kiosk-feedback-face").all())
                .extracting(face -> face.getElement().getTextRecursively())
                .containsExactly("很不满意", "不满意", "一般", "满意", "非常满意");
        assertThat($(NativeButton.class).withId("kiosk-feedback-submit").exists()).as("a visible send").isFalse();
        assertThat($(NativeButton.class).id("kiosk-feedback-skip").isVisible()).isTrue();
        assertThat($(NativeButton.class).withClassName("kiosk-feedback-chip").all()).isEmpty();
    }

    @Test
    void aFaceThenTagsThenSendKeepsTheScoreAndThanksThenItIsDone() {
        var kiosk = kiosk();
        var panel = open(kiosk, null);

        test($(NativeButton.class).id("kiosk-feedback-face-2")).click();
        var chips = $(NativeButton.class).withClassName("kiosk-feedback-chip").all();
        test($(NativeButton.class).id("kiosk-feedback-tag-too-crowded")).click();
        test($(NativeButton.class).id("kiosk-feedback-tag-too-crowded")).click();
        test($(NativeButton.class).id("kiosk-feedback-tag-helpful-staff")).click();
        var helpful = $(NativeButton.class).id("kiosk-feedback-tag-helpful-staff");
        test($(NativeButton.class).id("kiosk-feedback-submit")).click();
        var thanks = $(H1.class).id("kiosk-feedback-thanks").getText();
        panel.timedOut(panel.timer());

        // a poor score shows what to improve first
        assertThat(chips.getFirst().getId()).contains("kiosk-feedback-tag-too-crowded");
        assertThat(helpful.getElement().getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(thanks).isEqualTo("谢谢您的评价！");
        assertThat(done).hasValue(1);
        assertThat(jdbc.queryForObject("select score from feedback where kiosk_id = ?", Integer.class, kiosk.id()))
                .isEqualTo(2);
        assertThat(jdbc.queryForList("select t.tag from feedback_tag t join feedback f on f.id = t.feedback_id "
                + "where f.kiosk_id = ?", String.class, kiosk.id())).containsExactly("HELPFUL_STAFF");
    }

    @Test
    void aChosenFaceIsMarkedAndAGoodScoreShowsWhatWentWellFirst() {
        open(kiosk(), null);

        test($(NativeButton.class).id("kiosk-feedback-face-5")).click();

        assertThat($(NativeButton.class).id("kiosk-feedback-face-5").getElement().getAttribute("aria-pressed"))
                .isEqualTo("true");
        assertThat($(NativeButton.class).id("kiosk-feedback-face-4").getElement().getAttribute("aria-pressed"))
                .isEqualTo("false");
        assertThat($(NativeButton.class).withClassName("kiosk-feedback-chip").all().getFirst().getId())
                .contains("kiosk-feedback-tag-clean");
        assertThat($(Span.class).withClassName("kiosk-feedback-tags-label").all()).extracting(Span::getText)
                .containsExactly("做得好的（可多选）", "需要改进的（可多选）");
        assertThat($(NativeButton.class).id("kiosk-feedback-submit").isVisible()).isTrue();
    }

    @Test
    void skipLeavesWithoutAScore() {
        var kiosk = kiosk();
        open(kiosk, null);

        test($(NativeButton.class).id("kiosk-feedback-skip")).click();

        assertThat(done).hasValue(1);
        assertThat(scoresOf(kiosk)).isZero();
    }

    @Test
    void aFaceLeftAloneIsKeptWhenTheScreenTimesOutButAnOlderTimerDoesNothing() {
        var kiosk = kiosk();
        var panel = open(kiosk, null);
        int before = panel.timer();

        test($(NativeButton.class).id("kiosk-feedback-face-4")).click();
        panel.timedOut(before);
        var afterStale = done.get();
        panel.timedOut(panel.timer());

        assertThat(afterStale).isZero();
        assertThat(done).hasValue(1);
        assertThat(jdbc.queryForObject("select score from feedback where kiosk_id = ?", Integer.class, kiosk.id()))
                .isEqualTo(4);
    }

    @Test
    void nobodyThereNoScore() {
        var kiosk = kiosk();
        var panel = open(kiosk, null);

        panel.timedOut(panel.timer());

        assertThat(done).hasValue(1);
        assertThat(scoresOf(kiosk)).isZero();
    }

    @Test
    void aboutASessionItAsksAboutThatSessionAndKeepsTheScoreForIt() {
        var kiosk = kiosk();
        var session = sessionNowAt(kiosk.centreId());
        open(kiosk, session);

        var title = $(H1.class).id("kiosk-feedback-title").getText();
        test($(NativeButton.class).id("kiosk-feedback-face-5")).click();
        test($(NativeButton.class).id("kiosk-feedback-submit")).click();

        assertThat(title).isEqualTo("您对「" + session.programmeTitle() + "」满意吗？");
        assertThat(jdbc.queryForObject("select session_id from feedback where kiosk_id = ?", Long.class, kiosk.id()))
                .isEqualTo(session.id());
    }

    private FeedbackPanel open(KioskSummary kiosk, SessionSummary session) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                new DevicePrincipal(kiosk.id(), kiosk.code(), kiosk.name(), kiosk.centreId()), null,
                List.of(new SimpleGrantedAuthority("ROLE_KIOSK"))));
        SecurityContextHolder.setContext(context);
        var panel = new FeedbackPanel(feedback, kiosk, session);
        panel.onDone(done::incrementAndGet);
        UI.getCurrent().add(panel);
        return panel;
    }

    private KioskSummary kiosk() {
        return SystemAuthentication.asSystem(() -> kiosks.create(centres.getByCode("KJY").id(),
                new KioskDraft("FP-" + Long.toString(System.nanoTime(), 36).toUpperCase(), "入口"))).kiosk();
    }

    private long scoresOf(KioskSummary kiosk) {
        return jdbc.queryForObject("select count(*) from feedback where kiosk_id = ?", Long.class, kiosk.id());
    }

    private SessionSummary sessionNowAt(long centreId) {
        var programme = fixtures.programme(10, RegistrationMode.PER_SESSION);
        var session = fixtures.outsideSession(programme.id(), 2);
        var start = java.time.Instant.now().minus(java.time.Duration.ofMinutes(10));
        jdbc.update("update programme_session set centre_id = ?, starts_at = ?, ends_at = ? where id = ?", centreId,
                java.sql.Timestamp.from(start), java.sql.Timestamp.from(start.plus(java.time.Duration.ofMinutes(90))),
                session.id());
        return session;
    }
}
