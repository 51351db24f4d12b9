package org.servicecentre.occupancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.servicecentre.centre.CentreDraft;
import org.servicecentre.centre.CentreService;
import org.servicecentre.checkin.CheckInRecorded;
import org.servicecentre.programme.AttendanceChanged;
import org.servicecentre.programme.ResidentService;
import org.servicecentre.programme.SessionCancelled;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The hand-computed month again, read from the people rollup: every inherited scenario now runs on the rollup (the
 * centre is settled before each), and here the rollup is checked against the raw SQL, also after late changes to
 * settled days, which it must pick up on its next run and not before.
 */
abstract class PeopleRollupScenarios extends AttendanceScenarios {

    /** Noon in Shanghai on 1 January 2026: the centre is settled through 31 December 2025. */
    static final Instant NOW = Instant.parse("2026-01-01T04:00:00Z");
    static final UsagePeriod AUTUMN = new UsagePeriod(LocalDate.of(2025, 9, 1), LocalDate.of(2025, 11, 30));

    @Autowired
    PeopleRollup rollup;

    @Autowired
    PeopleRollupReader rollupReader;

    @Autowired
    AttendanceReader raw;

    @Autowired
    UsageSubjects subjects;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ResidentService residents;

    @Autowired
    CentreService centres;

    @Override
    void afterTheMonth() {
        assertThat(rollup.rebuild(f.centre, NOW)).isPositive();
    }

    @Test
    @WithUserDetails("admin")
    void readsTheRollupOnlyForCentresSettledThroughThePeriod() {
        var centre = reach(UsageSubject.centre(f.centre));

        assertThat(rollupReader.covers(centre, OCTOBER)).isTrue();
        assertThat(rollupReader.covers(centre, new UsagePeriod(LocalDate.of(2025, 12, 1), LocalDate.of(2026, 1, 1))))
                .isFalse();
        assertThat(rollupReader.covers(reach(UsageSubject.room(f.room1)), OCTOBER)).isFalse();
        assertAgreesWithTheRawTables();
    }

    @Test
    @WithUserDetails("admin")
    void aLateAttendanceTickCountsAfterTheNextRun() {
        transactions.executeWithoutResult(status -> {
            f.attend(f.s5, f.residentA);
            events.publishEvent(new AttendanceChanged(f.s5));
        });
        assertThat(statistics.people(UsageSubject.centre(f.centre), OCTOBER).attendances()).isEqualTo(7);

        rollup.refreshMarked();

        assertThat(statistics.people(UsageSubject.centre(f.centre), OCTOBER).attendances()).isEqualTo(8);
        assertAgreesWithTheRawTables();
    }

    @Test
    @WithUserDetails("admin")
    void aKioskSyncingDaysLateCountsOnTheDayOfTheScan() {
        transactions.executeWithoutResult(status -> {
            f.checkIn(null, f.residentD, "2025-10-20T09:00", "CHECKED_IN", null);
            events.publishEvent(new CheckInRecorded(0, f.centre, null,
                    AttendanceFixture.local("2025-10-20T09:00").toInstant()));
            // a scan of today marks nothing: the day is not over yet
            events.publishEvent(new CheckInRecorded(0, f.centre, null, Instant.now()));
        });
        assertThat(jdbc.queryForList("select on_day from people_dirty where centre_id = ?", LocalDate.class, f.centre))
                .containsExactly(LocalDate.of(2025, 10, 20));

        rollup.refreshMarked();

        assertThat(statistics.people(UsageSubject.centre(f.centre), OCTOBER).walkIns()).isEqualTo(3);
        assertAgreesWithTheRawTables();
    }

    @Test
    @WithUserDetails("admin")
    void aSessionCancelledAfterwardsLeavesTheFigures() {
        transactions.executeWithoutResult(status -> {
            jdbc.update("update programme_session set status = 'CANCELLED' where id = ?", f.s1);
            events.publishEvent(new SessionCancelled(f.s1, f.programme1, "长者健康讲座", Instant.now(), "test",
                    List.of()));
        });
        rollup.refreshMarked();

        // S1 had A, B registered and A, B, C and an anonymous walk-in attending; A came in October only to S1, so
        // the residents left (B, C, D) are all new
        assertThat(statistics.people(UsageSubject.centre(f.centre), OCTOBER))
                .isEqualTo(new PeopleFigures(3, 3, 3, 2, 3, 3, 0));
        assertAgreesWithTheRawTables();
    }

    @Test
    @WithUserDetails("admin")
    void mergingTwoResidentsRecountsTheirDays() {
        residents.merge(f.residentB, f.residentC);
        rollup.refreshMarked();

        assertThat(statistics.people(UsageSubject.centre(f.centre), OCTOBER).distinctResidents()).isEqualTo(3);
        assertAgreesWithTheRawTables();
    }

    @Test
    @WithUserDetails("admin")
    void aTrendOfOneBucketReadsTheRollupToo() {
        var week = new UsagePeriod(LocalDate.of(2025, 10, 6), LocalDate.of(2025, 10, 12));
        var centre = UsageSubject.centre(f.centre);

        assertThat(statistics.trend(centre, OCTOBER, Granularity.MONTH)).singleElement()
                .satisfies(p -> assertThat(p.people()).isEqualTo(new PeopleFigures(4, 5, 7, 2, 4, 3, 1)));
        assertThat(statistics.trend(centre, week, Granularity.WEEK)).singleElement()
                .satisfies(p -> assertThat(p.people()).isEqualTo(raw.people(reach(centre), week)));
        assertThat(statistics.trend(centre, new UsagePeriod(LocalDate.of(2025, 10, 10), LocalDate.of(2025, 10, 10)),
                Granularity.DAY)).singleElement().satisfies(p -> assertThat(p.people().attendances()).isEqualTo(4));
    }

    @Test
    @WithUserDetails("admin")
    void aNewTimeZoneStartsTheCentresRollupsOver() {
        var draft = CentreDraft.of(centres.get(f.centre));
        draft.setTimeZone(java.time.ZoneId.of("Asia/Urumqi"));

        centres.update(f.centre, draft);

        assertThat(rollupReader.covers(reach(UsageSubject.centre(f.centre)), OCTOBER)).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from people_day where centre_id = ?", Integer.class, f.centre))
                .isZero();
        // read raw meanwhile, in the new zone (UTC+6): S4, at 00:30 on 1 November in Shanghai, is 22:30 on 31 October
        assertThat(statistics.people(UsageSubject.centre(f.centre), OCTOBER).sessions()).isEqualTo(5);
        rollup.rebuild(f.centre, NOW);
        assertAgreesWithTheRawTables();
    }

    private void assertAgreesWithTheRawTables() {
        var centre = reach(UsageSubject.centre(f.centre));
        for (var period : List.of(OCTOBER, AUTUMN, new UsagePeriod(LocalDate.of(2025, 10, 31),
                LocalDate.of(2025, 11, 1)))) {
            assertThat(rollupReader.people(centre, period)).as("people %s", period)
                    .isEqualTo(raw.people(centre, period));
            for (var grouping : List.of(AttendanceGrouping.TOTAL, AttendanceGrouping.TARGET_GROUP,
                    AttendanceGrouping.ORGANISATION, AttendanceGrouping.CATEGORY, AttendanceGrouping.PROGRAMME)) {
                assertThat(comparable(rollupReader.counts(centre, period, grouping))).as("%s %s", grouping, period)
                        .isEqualTo(comparable(raw.counts(centre, period, grouping)));
            }
        }
    }

    private AttendanceReach reach(UsageSubject subject) {
        return raw.reach(subjects, subject);
    }

    private static Map<String, List<Integer>> comparable(Map<String, int[]> counts) {
        var map = new TreeMap<String, List<Integer>>();
        counts.forEach((key, c) -> {
            if (Arrays.stream(c).anyMatch(n -> n != 0)) {
                map.put(key, Arrays.stream(c).boxed().toList());
            }
        });
        return map;
    }
}
