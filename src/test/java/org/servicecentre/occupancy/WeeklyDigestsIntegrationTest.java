package org.servicecentre.occupancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.servicecentre.ServiceCentreTest;
import org.servicecentre.notification.MailLayout;
import org.servicecentre.security.SystemAuthentication;
import org.servicecentre.shared.Languages;
import org.servicecentre.shared.TranslationProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The weekly digests over a hand-computed past week (see {@link DigestScenario}), at explicit times. */
@ServiceCentreTest
class WeeklyDigestsIntegrationTest {

    @Autowired
    DigestScenario scenario;
    @Autowired
    DigestCompiler compiler;
    @Autowired
    DigestMail mail;
    @Autowired
    MailLayout layout;
    @Autowired
    TranslationProvider translations;
    @Autowired
    WeeklyDigests digests;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void countsBookedHoursWithinOpenHoursWithoutTheClosureDay() {
        var built = scenario.build(Languages.CHINESE);

        var digest = managerDigest(built);

        var centre = digest.centres().getFirst();
        assertThat(digest.week().monday()).isEqualTo(DigestScenario.MONDAY);
        var roomA = centre.rooms().stream().filter(r -> r.roomId() == built.roomA()).findFirst().orElseThrow();
        assertThat(roomA.openMinutes()).isEqualTo(4 * 9 * 60);
        assertThat(roomA.bookedMinutes()).isEqualTo(9 * 60);
        assertThat(roomA.percent()).isEqualTo(25);
        var roomB = centre.rooms().stream().filter(r -> r.roomId() == built.roomB()).findFirst().orElseThrow();
        assertThat(roomB.percent()).isZero();
    }

    @Test
    void listsTheEmptyAndTheUnderAttendedSessionsButNotTheHalfAttendedOne() {
        var built = scenario.build(Languages.CHINESE);

        var centre = managerDigest(built).centres().getFirst();

        assertThat(centre.sessionsHeld()).isEqualTo(3);
        assertThat(centre.empty()).extracting(DigestSession::sessionId).containsExactly(built.emptySession());
        assertThat(centre.underAttended()).extracting(DigestSession::sessionId).containsExactly(built.underSession());
        assertThat(centre.underAttended().getFirst().registered()).isEqualTo(5);
        assertThat(centre.underAttended().getFirst().attended()).isEqualTo(2);
    }

    @Test
    void listsTheWaitlistedProgrammeAndCountsNextWeeksSessions() {
        var built = scenario.build(Languages.CHINESE);

        var centre = managerDigest(built).centres().getFirst();

        assertThat(centre.oversubscribed()).singleElement().satisfies(p -> {
            assertThat(p.programmeId()).isEqualTo(built.calligraphy());
            assertThat(p.registered()).isEqualTo(2);
            assertThat(p.capacity()).isEqualTo(2);
            assertThat(p.waitlisted()).isEqualTo(1);
        });
        assertThat(centre.upcomingSessions()).isEqualTo(1);
    }

    @Test
    void setsRegistrationsAgainstAttendancePerProgrammeForTheOrganisation() {
        var built = scenario.build(Languages.CHINESE);

        var digest = SystemAuthentication.asSystem(() -> compiler.organisation(built.organisationId(),
                DigestScenario.RUN));

        assertThat(digest.programmes()).singleElement().satisfies(p -> {
            assertThat(p.programmeId()).isEqualTo(built.knitting());
            assertThat(p.sessions()).isEqualTo(3);
            assertThat(p.registered()).isEqualTo(4 + 5 + 2);
            assertThat(p.attended()).isEqualTo(0 + 2 + 1);
            assertThat(p.percent()).isEqualTo(27);
        });
        var content = mail.render(digest, translations, Languages.CHINESE);
        assertThat(content.text()).contains("编织", "3 场，报名 11 人次，签到 3 人次，到场率 27%");
        assertThat(content.html()).contains("http://localhost:8080/programmes/" + built.knitting());
    }

    @Test
    void sendsTheManagerOneDigestInEnglishWhenTheyReadEnglishEvenIfTheJobRunsTwice() {
        var built = scenario.build(Languages.ENGLISH);
        String key = "digest:manager:" + built.managerId() + ":2026-W46";

        var first = digests.send(DigestScenario.RUN);
        var second = digests.send(DigestScenario.RUN.plusSeconds(60));

        assertThat(first.scheduled()).isPositive();
        assertThat(second.scheduled()).isZero();
        var rows = jdbc.queryForList("select channel, language, subject, body_html, essential, kind, link, "
                + "stale_at, due_at from notification where dedupe_key = ?", key);
        assertThat(rows).extracting(r -> r.get("CHANNEL")).containsExactlyInAnyOrder("INBOX", "EMAIL");
        Map<String, Object> email = rows.stream().filter(r -> "EMAIL".equals(r.get("CHANNEL"))).findFirst().orElseThrow();
        assertThat(email.get("LANGUAGE")).isEqualTo("en");
        assertThat((String) email.get("SUBJECT")).isEqualTo("Weekly digest: 9 Nov to 15 Nov");
        assertThat((String) email.get("BODY_HTML")).contains("Room utilisation", "25%", "Sessions nobody attended",
                "http://localhost:8080/centres/" + built.centreId(),
                "http://localhost:8080/bookings/calendar?centre=" + built.centreId() + "&amp;view=week&amp;date=2026-11-09");
        assertThat(email.get("ESSENTIAL")).isEqualTo(false);
        assertThat(email.get("KIND")).isEqualTo(WeeklyDigests.KIND);
        assertThat(email.get("LINK")).isEqualTo("/digest");
        assertThat(jdbc.queryForObject("select count(*) from notification where dedupe_key = ?", Long.class,
                "digest:organisation:" + built.staffId() + ":2026-W46")).isEqualTo(2);
    }

    @Test
    void aQuietWeekSaysSoPlainly() {
        var built = scenario.build(Languages.CHINESE);

        var digest = SystemAuthentication.asSystem(() -> compiler.manager(built.managerId(), built.managerName(),
                Set.of(built.centreId()), DigestScenario.RUN.plus(java.time.Duration.ofDays(21))));
        var content = mail.render(digest, translations, Languages.CHINESE);

        assertThat(digest.centres().getFirst().quiet()).isTrue();
        assertThat(content.subject()).isEqualTo("每周简报：11月30日至12月6日");
        assertThat(content.text()).contains("上周没有活动，也没有预约。", "上周没有活动。", "没有报名爆满的项目。");
    }

    /** Writes the whole e-mail in both languages to target/digests/ for a look in Chromium. */
    @Test
    void writesTheRenderedDigestInBothLanguagesForALook() throws Exception {
        var built = scenario.build(Languages.CHINESE);
        var digest = managerDigest(built);
        var organisation = SystemAuthentication.asSystem(() -> compiler.organisation(built.organisationId(),
                DigestScenario.RUN));
        var folder = Files.createDirectories(Path.of("target", "digests"));

        for (Locale locale : new Locale[] {Languages.CHINESE, Languages.ENGLISH}) {
            String tag = locale.getLanguage();
            Files.writeString(folder.resolve("manager-" + tag + ".html"),
                    layout.html(mail.render(digest, translations, locale), WeeklyDigests.LINK, locale));
            Files.writeString(folder.resolve("organisation-" + tag + ".html"),
                    layout.html(mail.render(organisation, translations, locale), WeeklyDigests.LINK, locale));
        }

        assertThat(folder.resolve("manager-zh.html")).content().contains("活动室使用率", "25%");
        assertThat(folder.resolve("organisation-en.html")).content().contains("Registrations and attendance");
    }

    private ManagerDigest managerDigest(DigestScenario.Built built) {
        return SystemAuthentication.asSystem(() -> compiler.manager(built.managerId(), built.managerName(),
                Set.of(built.centreId()), DigestScenario.RUN));
    }
}
