package org.servicecentre.checkin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.servicecentre.ServiceCentreTest;
import org.servicecentre.centre.CentreDraft;
import org.servicecentre.centre.CentreLevel;
import org.servicecentre.centre.CentreService;
import org.servicecentre.centre.RegionDraft;
import org.servicecentre.centre.RegionLevel;
import org.servicecentre.centre.RegionService;
import org.servicecentre.programme.ProgrammeFixtures;
import org.servicecentre.programme.RegistrationMode;
import org.servicecentre.programme.SessionSummary;
import org.servicecentre.security.DevicePrincipal;
import org.servicecentre.security.SystemAuthentication;
import org.servicecentre.shared.DomainException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Satisfaction scores at 高新区 (GXQ, kept by the demo manager): kept once per kiosk and nonce, anonymous and to the
 * hour, only for the kiosk's own centre and sessions held there today; summed up for the right readers. The summary
 * fixture lies in March 2025, away from the demo's scores of the last five weeks.
 */
@ServiceCentreTest
class FeedbackServiceIntegrationTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    FeedbackService feedback;

    @Autowired
    KioskService kiosks;

    @Autowired
    CentreService centres;

    @Autowired
    RegionService regions;

    @Autowired
    ProgrammeFixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void forgetTheDevice() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aKioskKeepsAResentScoreOnceWithItsTagsNoResidentAndTheTimeOnlyToTheHour() {
        var kiosk = kioskAt("GXQ");
        var nonce = UUID.randomUUID().toString();

        var first = asKiosk(kiosk, () -> feedback.record(kiosk.centreId(), kiosk.id(), null, 4,
                EnumSet.of(FeedbackTag.CLEAN, FeedbackTag.HELPFUL_STAFF), nonce));
        var resent = asKiosk(kiosk, () -> feedback.record(kiosk.centreId(), null, null, 4,
                EnumSet.of(FeedbackTag.CLEAN, FeedbackTag.HELPFUL_STAFF), nonce));

        assertThat(first.repeated()).isFalse();
        assertThat(resent.repeated()).isTrue();
        assertThat(resent.id()).isEqualTo(first.id());
        assertThat(jdbc.queryForObject("select count(*) from feedback where kiosk_id = ? and client_nonce = ?",
                Long.class, kiosk.id(), nonce)).isEqualTo(1);
        assertThat(jdbc.queryForList("select tag from feedback_tag where feedback_id = ? order by tag", String.class,
                first.id())).containsExactly("CLEAN", "HELPFUL_STAFF");
        var givenAt = jdbc.queryForObject("select given_at from feedback where id = ?", Timestamp.class, first.id())
                .toInstant();
        assertThat(givenAt).isEqualTo(givenAt.truncatedTo(ChronoUnit.HOURS))
                .isBetween(Instant.now().minus(Duration.ofHours(1)), Instant.now());
        assertThat(jdbc.queryForList("select column_name from information_schema.columns "
                + "where lower(table_name) = 'feedback'", String.class))
                .noneMatch(column -> column.toLowerCase().contains("resident"));
    }

    @Test
    void aKioskGivesScoresOnlyForItsOwnCentreAndAsItself() {
        var kiosk = kioskAt("GXQ");
        var other = kioskAt("GXQ");

        assertThatThrownBy(() -> asKiosk(kiosk, () -> feedback.record(idOf("KJY"), null, null, 5, Set.of(), nonce())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asKiosk(kiosk, () -> feedback.record(kiosk.centreId(), other.id(), null, 5, Set.of(),
                nonce()))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void refusesAScoreOutsideOneToFive() {
        var kiosk = kioskAt("GXQ");
        var nonce = nonce();

        for (int score : List.of(0, 6, -1)) {
            assertThatThrownBy(() -> asKiosk(kiosk, () -> feedback.record(kiosk.centreId(), null, null, score,
                    Set.of(), nonce))).isInstanceOf(DomainException.class).hasMessageContaining("FEEDBACK_SCORE_INVALID");
        }
        assertThat(jdbc.queryForObject("select count(*) from feedback where kiosk_id = ?", Long.class, kiosk.id()))
                .isZero();
    }

    @Test
    void aScoreAboutASessionMustBeAboutOneHeldHereToday() {
        var kiosk = kioskAt("GXQ");
        var today = sessionAt("GXQ", Instant.now().minus(Duration.ofMinutes(30)));
        var tomorrow = sessionAt("GXQ", Instant.now().plus(Duration.ofDays(1)));
        var elsewhere = sessionAt("KJY", Instant.now().minus(Duration.ofMinutes(30)));

        var kept = asKiosk(kiosk, () -> feedback.record(kiosk.centreId(), null, today.id(), 5, Set.of(), nonce()));

        assertThat(jdbc.queryForObject("select session_id from feedback where id = ?", Long.class, kept.id()))
                .isEqualTo(today.id());
        assertThatThrownBy(() -> asKiosk(kiosk, () -> feedback.record(kiosk.centreId(), null, tomorrow.id(), 5,
                Set.of(), nonce()))).hasMessageContaining("FEEDBACK_SESSION_NOT_TODAY");
        assertThatThrownBy(() -> asKiosk(kiosk, () -> feedback.record(kiosk.centreId(), null, elsewhere.id(), 5,
                Set.of(), nonce()))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aManagerRecordsForTheirOwnCentresOnlyAndNgoStaffNotAtAll() {
        var kept = fixtures.as("manager", () -> feedback.record(idOf("GXQ"), null, null, 3, Set.of(), null));

        assertThat(kept.repeated()).isFalse();
        assertThatThrownBy(() -> fixtures.as("manager", () -> feedback.record(idOf("NTC"), null, null, 3, Set.of(),
                null))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixtures.as("ngo", () -> feedback.record(idOf("GXQ"), null, null, 3, Set.of(),
                null))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void summarisesAWeekOfScoresAsComputedByHand() {
        long gxq = idOf("GXQ");
        var session = sessionAt("GXQ", at(2025, 3, 12, 14, 0));
        SystemAuthentication.asSystem(() -> {
            feedback.recordEarlier(gxq, null, 1, Set.of(FeedbackTag.TOO_NOISY), at(2025, 3, 9, 23, 59)); // day before
            feedback.recordEarlier(gxq, null, 5, Set.of(FeedbackTag.HELPFUL_STAFF, FeedbackTag.CLEAN),
                    at(2025, 3, 10, 10, 15));
            feedback.recordEarlier(gxq, null, 4, Set.of(FeedbackTag.HELPFUL_STAFF), at(2025, 3, 11, 16, 40));
            feedback.recordEarlier(gxq, session.id(), 2, Set.of(FeedbackTag.TOO_CROWDED), at(2025, 3, 12, 15, 30));
            feedback.recordEarlier(gxq, session.id(), 4, Set.of(), at(2025, 3, 12, 15, 50));
            feedback.recordEarlier(gxq, null, 3, Set.of(FeedbackTag.TOO_CROWDED, FeedbackTag.USEFUL),
                    at(2025, 3, 16, 23, 30)); // the last evening counts
            feedback.recordEarlier(gxq, null, 1, Set.of(), at(2025, 3, 17, 0, 10)); // the day after
            return null;
        });

        var week = fixtures.as("manager", () -> feedback.summary(gxq, LocalDate.of(2025, 3, 10),
                LocalDate.of(2025, 3, 16)));

        assertThat(week.count()).isEqualTo(5);
        assertThat(week.average()).isCloseTo(18 / 5.0, within(1e-9));
        assertThat(week.distribution()).containsExactly(0L, 1L, 1L, 2L, 1L);
        assertThat(week.satisfiedShare()).isCloseTo(0.6, within(1e-9));
        assertThat(week.tags()).containsEntry(FeedbackTag.HELPFUL_STAFF, 2L).containsEntry(FeedbackTag.TOO_CROWDED, 2L)
                .containsEntry(FeedbackTag.CLEAN, 1L).containsEntry(FeedbackTag.USEFUL, 1L)
                .containsEntry(FeedbackTag.TOO_NOISY, 0L).hasSize(FeedbackTag.values().length);
        assertThat(week.sessions()).singleElement().satisfies(s -> {
            assertThat(s.sessionId()).isEqualTo(session.id());
            assertThat(s.programmeTitle()).isEqualTo(session.programmeTitle());
            assertThat(s.start()).isEqualTo(LocalDateTime.of(2025, 3, 12, 14, 0));
            assertThat(s.count()).isEqualTo(2);
            assertThat(s.average()).isCloseTo(3.0, within(1e-9));
        });
    }

    @Test
    void aPeriodWithoutScoresHasNoAverage() {
        var empty = fixtures.as("manager", () -> feedback.summary(idOf("GXQ"), LocalDate.of(2020, 1, 1),
                LocalDate.of(2020, 1, 31)));

        assertThat(empty.count()).isZero();
        assertThat(empty.average()).isNull();
        assertThat(empty.satisfiedShare()).isNull();
        assertThat(empty.distribution()).containsOnly(0L);
        assertThat(empty.sessions()).isEmpty();
    }

    @Test
    void theSummaryIsForAdminsOfficersOfTheRegionAndTheCentresOwnManagers() {
        long gxq = idOf("GXQ");
        long futian = SystemAuthentication.asSystem(this::centreInAnotherDistrict);
        var from = LocalDate.of(2025, 1, 1);
        var to = LocalDate.of(2025, 1, 31);

        assertThat(fixtures.as("officer", () -> feedback.summary(gxq, from, to)).centreId()).isEqualTo(gxq);
        assertThat(SystemAuthentication.asSystem(() -> feedback.summary(futian, from, to)).count()).isZero();
        assertThatThrownBy(() -> fixtures.as("officer", () -> feedback.summary(futian, from, to)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixtures.as("manager", () -> feedback.summary(idOf("NTC"), from, to)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixtures.as("ngo", () -> feedback.summary(gxq, from, to)))
                .isInstanceOf(AccessDeniedException.class);
        var kiosk = kioskAt("GXQ");
        assertThatThrownBy(() -> asKiosk(kiosk, () -> feedback.summary(gxq, from, to)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(fixtures.as("ngo", () -> feedback.mayRead(gxq))).isFalse();
        assertThat(fixtures.as("officer", () -> feedback.mayRead(futian))).isFalse();
        assertThat(fixtures.as("manager", () -> feedback.mayRead(gxq))).isTrue();
    }

    @Test
    void aPeriodMustRunForwardAndSpanAtMostAYear() {
        long gxq = idOf("GXQ");

        assertThatThrownBy(() -> fixtures.as("manager", () -> feedback.summary(gxq, LocalDate.of(2025, 2, 1),
                LocalDate.of(2025, 1, 1)))).hasMessageContaining("FEEDBACK_PERIOD_INVALID");
        assertThatThrownBy(() -> fixtures.as("manager", () -> feedback.summary(gxq, LocalDate.of(2024, 1, 1),
                LocalDate.of(2025, 1, 1)))).hasMessageContaining("FEEDBACK_PERIOD_INVALID");
        assertThat(fixtures.as("manager", () -> feedback.summary(gxq, LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 12, 31))).count()).isZero();
    }

    @Test
    void scoresGivenEarlierCannotLieAheadNorBeforeTheirSession() {
        long gxq = idOf("GXQ");
        var session = sessionAt("GXQ", at(2025, 4, 2, 9, 0));

        assertThatThrownBy(() -> SystemAuthentication.asSystem(() -> feedback.recordEarlier(gxq, null, 4, Set.of(),
                Instant.now().plus(Duration.ofHours(2))))).hasMessageContaining("FEEDBACK_IN_FUTURE");
        assertThatThrownBy(() -> SystemAuthentication.asSystem(() -> feedback.recordEarlier(gxq, session.id(), 4,
                Set.of(), at(2025, 4, 1, 9, 0)))).hasMessageContaining("FEEDBACK_SESSION_NOT_HELD_YET");
        assertThatThrownBy(() -> fixtures.as("manager", () -> feedback.recordEarlier(gxq, null, 4, Set.of(),
                at(2025, 4, 1, 9, 0)))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theDemoCentresHaveScoresOverThePastWeeks() {
        var today = LocalDate.now(SHANGHAI);

        var keji = fixtures.as("manager", () -> feedback.summary(idOf("KJY"), today.minusDays(29), today));

        assertThat(keji.count()).isGreaterThan(20);
        assertThat(keji.average()).isBetween(3.5, 5.0);
        assertThat(keji.tags().get(FeedbackTag.HELPFUL_STAFF)).isPositive();
    }

    private KioskSummary kioskAt(String centreCode) {
        var code = "FB-" + Long.toString(System.nanoTime(), 36).toUpperCase();
        var pairing = SystemAuthentication.asSystem(() -> kiosks.create(idOf(centreCode), new KioskDraft(code, "入口")));
        return pairing.kiosk();
    }

    /** Runs the call as the paired kiosk (the device principal a kiosk's request carries). */
    private <T> T asKiosk(KioskSummary kiosk, Supplier<T> call) {
        var context = SecurityContextHolder.getContext();
        var before = context.getAuthentication();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                new DevicePrincipal(kiosk.id(), kiosk.code(), kiosk.name(), kiosk.centreId()), null,
                List.of(new SimpleGrantedAuthority("ROLE_KIOSK"))));
        try {
            return call.get();
        } finally {
            context.setAuthentication(before);
        }
    }

    /** A session of a fresh programme at the centre, from {@code start} for 90 minutes (moved there in the database). */
    private SessionSummary sessionAt(String centreCode, Instant start) {
        var programme = fixtures.programme(10, RegistrationMode.PER_SESSION);
        var session = fixtures.outsideSession(programme.id(), 2);
        jdbc.update("update programme_session set centre_id = ?, starts_at = ?, ends_at = ? where id = ?",
                idOf(centreCode), Timestamp.from(start), Timestamp.from(start.plus(Duration.ofMinutes(90))),
                session.id());
        return session;
    }

    private long centreInAnotherDistrict() {
        String code = "FBF" + Long.toString(System.nanoTime(), 36).toUpperCase();
        var city = regions.list("SZ", RegionLevel.CITY, 0, 1).getFirst();
        var district = new RegionDraft();
        district.setCode(code);
        district.setName("福田区" + code);
        district.setLevel(RegionLevel.DISTRICT);
        district.setParentId(city.id());
        var centre = new CentreDraft();
        centre.setCode(code);
        centre.setName("福田区党群服务中心" + code);
        centre.setLevel(CentreLevel.DISTRICT);
        centre.setRegionId(regions.create(district).id());
        return centres.create(centre).id();
    }

    private static Instant at(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(SHANGHAI).toInstant();
    }

    private long idOf(String code) {
        return SystemAuthentication.asSystem(() -> centres.getByCode(code)).id();
    }

    private static String nonce() {
        return UUID.randomUUID().toString();
    }
}
