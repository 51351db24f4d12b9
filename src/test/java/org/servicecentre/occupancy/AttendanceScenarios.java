package org.servicecentre.occupancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The attendance figures of October 2025 at a fresh centre, worked out by hand (see {@link AttendanceFixture}):
 * <pre>
 * sessions    S1 (R1, 10 Oct), S3 (R2, 31 Oct 23:30 local), S5 (R2, 15 Oct), S6 (outside, 16 Oct) = 4
 *             not: S0 (20 Sep), S2 (cancelled), S4 (1 Nov 00:30 local, still 31 Oct in UTC)
 * registered  S1: A, B (C waitlisted, D cancelled) + S3: A + programme 2 as a whole: D, C once = 5
 * attendances S1: A (ticked + scanned = once), B, C (scan, never checked out), anonymous walk-in; S3: B; S5: D
 *             (an ALREADY_CHECKED_IN scan does not count again); S6: C = 7
 * walk-ins    5 Oct, 31 Oct 23:50 local = 2 (not 30 Sep 23:59, 1 Nov 00:10, nor a refused scan)
 * residents   A, B, C, D = 4; A came in September: returning 1, new 3
 * scores      S1 5 5 4, S3 5 5 4 5 4 5, S5 5 5, centre 1 (3 Oct) and 2 (31 Oct 23:00) = 13, sum 55
 * </pre>
 */
abstract class AttendanceScenarios {

    static final UsagePeriod OCTOBER = UsagePeriod.month(YearMonth.of(2025, 10));

    @Autowired
    AttendanceStatistics statistics;

    @Autowired
    JdbcTemplate jdbc;

    AttendanceFixture f;

    @BeforeEach
    void writeTheMonth() {
        f = new AttendanceFixture(jdbc).build();
        afterTheMonth();
    }

    /** What a variant does once the month is written (the rollup variants settle the centre here). */
    void afterTheMonth() {
    }

    @Test
    @WithUserDetails("admin")
    void countsACentresMonthOnceEach() {
        var people = statistics.people(UsageSubject.centre(f.centre), OCTOBER);

        assertThat(people).isEqualTo(new PeopleFigures(4, 5, 7, 2, 4, 3, 1));
    }

    @Test
    @WithUserDetails("admin")
    void countsARoomsOwnSessionsAndNoWalkIns() {
        assertThat(statistics.people(UsageSubject.room(f.room1), OCTOBER))
                .isEqualTo(new PeopleFigures(1, 2, 4, 0, 3, 2, 1));
        // R2: S3 (A registered) and S5 (programme 2, whole-programme registrations D and C)
        assertThat(statistics.people(UsageSubject.room(f.room2), OCTOBER))
                .isEqualTo(new PeopleFigures(2, 3, 2, 0, 2, 2, 0));
    }

    @Test
    @WithUserDetails("admin")
    void aSessionAtHalfPastElevenOnTheLastDayBelongsToThatDay() {
        var lastDay = new UsagePeriod(LocalDate.of(2025, 10, 31), LocalDate.of(2025, 10, 31));
        var firstOfNovember = new UsagePeriod(LocalDate.of(2025, 11, 1), LocalDate.of(2025, 11, 1));

        // S3 and the walk-in at 23:50 on 31 Oct; S4 (00:30) and the walk-in at 00:10 on 1 Nov
        assertThat(statistics.people(UsageSubject.centre(f.centre), lastDay))
                .isEqualTo(new PeopleFigures(1, 1, 1, 1, 1, 0, 1));
        assertThat(statistics.people(UsageSubject.centre(f.centre), firstOfNovember))
                .isEqualTo(new PeopleFigures(1, 1, 1, 1, 1, 0, 1));
    }

    @Test
    @WithUserDetails("admin")
    void residentsAreNewOnlyUntilTheyCame() {
        var september = UsagePeriod.month(YearMonth.of(2025, 9));
        var autumn = new UsagePeriod(LocalDate.of(2025, 9, 1), LocalDate.of(2025, 11, 30));

        assertThat(statistics.people(UsageSubject.centre(f.centre), september))
                .isEqualTo(new PeopleFigures(1, 0, 1, 1, 1, 1, 0));
        assertThat(statistics.people(UsageSubject.centre(f.centre), autumn))
                .isEqualTo(new PeopleFigures(6, 6, 9, 4, 4, 4, 0));
    }

    @Test
    @WithUserDetails("admin")
    void aMonthlyTrendAddsUpAndCountsWholeProgrammeRegistrationsOnce() {
        var autumn = new UsagePeriod(LocalDate.of(2025, 9, 1), LocalDate.of(2025, 11, 30));

        var trend = statistics.trend(UsageSubject.centre(f.centre), autumn, Granularity.MONTH);

        assertThat(trend).extracting(PeoplePoint::start, PeoplePoint::people).containsExactly(
                tuple(LocalDate.of(2025, 9, 1), new PeopleFigures(1, 0, 1, 1, 1, 1, 0)),
                tuple(LocalDate.of(2025, 10, 1), new PeopleFigures(4, 5, 7, 2, 4, 3, 1)),
                tuple(LocalDate.of(2025, 11, 1), new PeopleFigures(1, 1, 1, 1, 1, 0, 1)));
        assertThat(trend.get(1).satisfaction().responses()).isEqualTo(13);
        assertThat(trend.get(2).satisfaction().responses()).isEqualTo(1);
    }

    @Test
    @WithUserDetails("admin")
    void breaksAttendanceDownByTargetGroupCountingAResidentInEachOfTheirGroups() {
        var shares = statistics.byTargetGroup(UsageSubject.centre(f.centre), OCTOBER);

        assertThat(shares).extracting(AttendanceShare::key, AttendanceShare::sessions,
                AttendanceShare::registrations, AttendanceShare::attendances).containsExactlyInAnyOrder(
                tuple("ELDERLY", 2, 3, 3), tuple("WOMEN", 0, 1, 3), tuple("CHILDREN", 2, 1, 1),
                tuple("NONE", 0, 1, 2));
        assertThat(shares).filteredOn(s -> s.key().equals("ELDERLY")).extracting(AttendanceShare::name)
                .containsExactly("老年人");
    }

    @Test
    @WithUserDetails("admin")
    void breaksAttendanceDownByOrganisationCategoryAndProgramme() {
        var subject = UsageSubject.centre(f.centre);

        assertThat(statistics.byOrganisation(subject, OCTOBER)).extracting(AttendanceShare::key,
                AttendanceShare::sessions, AttendanceShare::registrations, AttendanceShare::attendances)
                .containsExactly(tuple(String.valueOf(f.organisation1), 2, 3, 5),
                        tuple(String.valueOf(f.organisation2), 2, 2, 2));
        assertThat(statistics.byCategory(subject, OCTOBER)).extracting(AttendanceShare::name,
                AttendanceShare::sessions, AttendanceShare::registrations, AttendanceShare::attendances)
                .containsExactly(tuple("统计测试类别", 2, 3, 5), tuple("未分类", 2, 2, 2));
        assertThat(statistics.byProgramme(subject, OCTOBER)).extracting(AttendanceShare::key,
                AttendanceShare::attendances)
                .containsExactly(tuple(String.valueOf(f.programme1), 5), tuple(String.valueOf(f.programme2), 2));
    }

    @Test
    @WithUserDetails("admin")
    void scoresTheMonthAndItsSessions() {
        var centre = statistics.satisfaction(UsageSubject.centre(f.centre), OCTOBER);
        var room1 = statistics.satisfaction(UsageSubject.room(f.room1), OCTOBER);

        assertThat(centre.responses()).isEqualTo(13);
        assertThat(centre.counts()).containsExactly(1, 1, 0, 3, 8);
        assertThat(centre.average()).isCloseTo(55.0 / 13, within(1e-9));
        assertThat(centre.index()).isEqualTo(85);
        assertThat(room1.responses()).isEqualTo(3);
        assertThat(room1.index()).isEqualTo(93);
    }

    @Test
    @WithUserDetails("admin")
    void ranksSessionsWithEnoughScoresByAverageThenResponses() {
        var best = statistics.bestRatedSessions(UsageSubject.centre(f.centre), OCTOBER, 5);

        // S3 and S1 both average 14/3; S3 has more scores; S5 (5, 5) has too few
        assertThat(best).extracting(RatedSession::sessionId, RatedSession::responses)
                .containsExactly(tuple(f.s3, 6), tuple(f.s1, 3));
        assertThat(best.getFirst().average()).isCloseTo(28.0 / 6, within(1e-9));
        assertThat(best.getFirst().programmeTitle()).startsWith("长者健康讲座");
        assertThat(best.getFirst().centreName()).startsWith("统计测试中心");
    }

    @Test
    @WithUserDetails("manager")
    void refusesAnotherManagersCentre() {
        assertThatThrownBy(() -> statistics.people(UsageSubject.centre(f.centre), OCTOBER))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> statistics.byProgramme(UsageSubject.room(f.room1), OCTOBER))
                .isInstanceOf(AccessDeniedException.class);
    }
}
