package org.servicecentre.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.servicecentre.shared.DomainException;

/** Expansion of booking series rules, checked against RFC 5545 section 3.8.5.3 and the calendar's awkward days. */
class RecurrencesUnitTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneOffset EDT = ZoneOffset.ofHours(-4);
    private static final ZoneOffset EST = ZoneOffset.ofHours(-5);
    private static final LocalDateTime RFC_START = LocalDateTime.of(1997, 9, 2, 9, 0);
    private static final int CAP = 500;

    /** The examples of RFC 5545 3.8.5.3 that a booking series can use; DTSTART 1997-09-02 09:00 New York. */
    @Nested
    class Rfc5545Examples {

        @Test
        void dailyForTenOccurrences() {
            var starts = Recurrences.expand("RRULE:FREQ=DAILY;COUNT=10", RFC_START, NEW_YORK, CAP);

            assertThat(dates(starts)).containsExactly(days(1997, 9, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11));
            assertThat(starts).allSatisfy(start -> assertThat(start.toLocalTime()).isEqualTo(LocalTime.of(9, 0)));
        }

        @Test
        void weeklyForTenOccurrencesKeepsNineOClockWhenDaylightSavingEnds() {
            var starts = Recurrences.expand("FREQ=WEEKLY;COUNT=10", RFC_START, NEW_YORK, CAP);

            assertThat(dates(starts)).containsExactly(
                    date(1997, 9, 2), date(1997, 9, 9), date(1997, 9, 16), date(1997, 9, 23), date(1997, 9, 30),
                    date(1997, 10, 7), date(1997, 10, 14), date(1997, 10, 21), date(1997, 10, 28), date(1997, 11, 4));
            assertThat(starts).allSatisfy(start -> assertThat(start.toLocalTime()).isEqualTo(LocalTime.of(9, 0)));
            assertThat(starts.subList(0, 8)).allSatisfy(start -> assertThat(start.getOffset()).isEqualTo(EDT));
            assertThat(starts.subList(8, 10)).allSatisfy(start -> assertThat(start.getOffset()).isEqualTo(EST));
            assertThat(starts.get(9).toInstant()).hasToString("1997-11-04T14:00:00Z");
        }

        @Test
        void everyOtherWeekOnTuesdayAndThursdayUntilADate() {
            var starts = Recurrences.expand("FREQ=WEEKLY;INTERVAL=2;UNTIL=19971016;WKST=SU;BYDAY=TU,TH",
                    RFC_START, NEW_YORK, CAP);

            // the RFC's "every other week on Tuesday and Thursday, for 8 occurrences"; UNTIL is the 8th, inclusive
            assertThat(dates(starts)).containsExactly(
                    date(1997, 9, 2), date(1997, 9, 4), date(1997, 9, 16), date(1997, 9, 18), date(1997, 9, 30),
                    date(1997, 10, 2), date(1997, 10, 14), date(1997, 10, 16));
            assertThat(Recurrences.expand("FREQ=WEEKLY;INTERVAL=2;COUNT=8;WKST=SU;BYDAY=TU,TH", RFC_START, NEW_YORK, CAP))
                    .isEqualTo(starts);
        }

        @Test
        void everyOtherWeekOnMondayWednesdayAndFridayUntilAUtcDateTime() {
            var starts = Recurrences.expand("FREQ=WEEKLY;INTERVAL=2;UNTIL=19971224T000000Z;WKST=SU;BYDAY=MO,WE,FR",
                    LocalDateTime.of(1997, 9, 1, 9, 0), NEW_YORK, CAP);

            assertThat(dates(starts)).containsExactly(
                    date(1997, 9, 1), date(1997, 9, 3), date(1997, 9, 5), date(1997, 9, 15), date(1997, 9, 17),
                    date(1997, 9, 19), date(1997, 9, 29), date(1997, 10, 1), date(1997, 10, 3), date(1997, 10, 13),
                    date(1997, 10, 15), date(1997, 10, 17), date(1997, 10, 27), date(1997, 10, 29), date(1997, 10, 31),
                    date(1997, 11, 10), date(1997, 11, 12), date(1997, 11, 14), date(1997, 11, 24), date(1997, 11, 26),
                    date(1997, 11, 28), date(1997, 12, 8), date(1997, 12, 10), date(1997, 12, 12), date(1997, 12, 22));
            assertThat(starts.get(11).getOffset()).isEqualTo(EDT);
            assertThat(starts.get(12).getOffset()).isEqualTo(EST);
            assertThat(starts).allSatisfy(start -> assertThat(start.toLocalTime()).isEqualTo(LocalTime.of(9, 0)));
        }

        @Test
        void weeklyOnTuesdayAndThursdayForFiveWeeks() {
            var starts = Recurrences.expand("FREQ=WEEKLY;UNTIL=19971007T000000Z;WKST=SU;BYDAY=TU,TH",
                    RFC_START, NEW_YORK, CAP);

            assertThat(dates(starts)).containsExactly(
                    date(1997, 9, 2), date(1997, 9, 4), date(1997, 9, 9), date(1997, 9, 11), date(1997, 9, 16),
                    date(1997, 9, 18), date(1997, 9, 23), date(1997, 9, 25), date(1997, 9, 30), date(1997, 10, 2));
        }

        @Test
        void monthlyOnTheFirstFridayForTenOccurrences() {
            var starts = Recurrences.expand("FREQ=MONTHLY;COUNT=10;BYDAY=1FR",
                    LocalDateTime.of(1997, 9, 5, 9, 0), NEW_YORK, CAP);

            assertThat(dates(starts)).containsExactly(
                    date(1997, 9, 5), date(1997, 10, 3), date(1997, 11, 7), date(1997, 12, 5), date(1998, 1, 2),
                    date(1998, 2, 6), date(1998, 3, 6), date(1998, 4, 3), date(1998, 5, 1), date(1998, 6, 5));
            assertThat(starts.get(1).getOffset()).isEqualTo(EDT);
            assertThat(starts.get(2).getOffset()).isEqualTo(EST);
            assertThat(starts.get(9).getOffset()).isEqualTo(EDT);
            assertThat(starts).allSatisfy(start -> assertThat(start.toLocalTime()).isEqualTo(LocalTime.of(9, 0)));
        }

        @Test
        void monthlyOnTheFirstFridayUntilDecember24() {
            var starts = Recurrences.expand("FREQ=MONTHLY;UNTIL=19971224T000000Z;BYDAY=1FR",
                    LocalDateTime.of(1997, 9, 5, 9, 0), NEW_YORK, CAP);

            assertThat(dates(starts)).containsExactly(
                    date(1997, 9, 5), date(1997, 10, 3), date(1997, 11, 7), date(1997, 12, 5));
        }

        @Test
        void yearlyInJuneAndJulyForTenOccurrences() {
            var starts = Recurrences.expand("FREQ=YEARLY;COUNT=10;BYMONTH=6,7",
                    LocalDateTime.of(1997, 6, 10, 9, 0), NEW_YORK, CAP);

            assertThat(dates(starts)).containsExactly(
                    date(1997, 6, 10), date(1997, 7, 10), date(1998, 6, 10), date(1998, 7, 10), date(1999, 6, 10),
                    date(1999, 7, 10), date(2000, 6, 10), date(2000, 7, 10), date(2001, 6, 10), date(2001, 7, 10));
        }
    }

    @Test
    void monthlyOnTheSecondSaturday() {
        var starts = Recurrences.expand(RecurrenceRule.monthlyOnWeekday(2, java.time.DayOfWeek.SATURDAY, 6),
                LocalDateTime.of(2026, 1, 10, 9, 30), SHANGHAI, CAP);

        assertThat(dates(starts)).containsExactly(
                date(2026, 1, 10), date(2026, 2, 14), date(2026, 3, 14), date(2026, 4, 11), date(2026, 5, 9),
                date(2026, 6, 13));
    }

    @Test
    void startsAtTheFirstMatchingDayWhenTheFirstStartDoesNotMatch() {
        // Monday 2026-08-31; the rule wants Tuesdays and Thursdays; COUNT counts only real occurrences
        var starts = Recurrences.expand("FREQ=WEEKLY;BYDAY=TU,TH;COUNT=3", LocalDateTime.of(2026, 8, 31, 16, 30),
                SHANGHAI, CAP);

        assertThat(dates(starts)).containsExactly(date(2026, 9, 1), date(2026, 9, 3), date(2026, 9, 8));
    }

    @Test
    void weeklyAfterSchoolSeriesInShanghaiStaysAtHalfPastFourInPlusEight() {
        var starts = Recurrences.expand("FREQ=WEEKLY;BYDAY=TU,TH;UNTIL=20270115", LocalDateTime.of(2026, 9, 1, 16, 30),
                SHANGHAI, CAP);

        assertThat(starts).hasSize(40);
        assertThat(starts.getFirst()).isEqualTo(ZonedDateTime.of(2026, 9, 1, 16, 30, 0, 0, SHANGHAI));
        assertThat(starts.getLast()).isEqualTo(ZonedDateTime.of(2027, 1, 14, 16, 30, 0, 0, SHANGHAI));
        assertThat(starts).allSatisfy(start -> {
            assertThat(start.toLocalTime()).isEqualTo(LocalTime.of(16, 30));
            assertThat(start.getOffset()).isEqualTo(ZoneOffset.ofHours(8));
            assertThat(start.getZone()).isEqualTo(SHANGHAI);
        });
    }

    @Test
    void anUntilDateIncludesAnOccurrenceLateThatDay() {
        var starts = Recurrences.expand("FREQ=DAILY;UNTIL=20270115", LocalDateTime.of(2027, 1, 13, 21, 0), SHANGHAI, CAP);

        assertThat(dates(starts)).containsExactly(date(2027, 1, 13), date(2027, 1, 14), date(2027, 1, 15));
    }

    @Test
    void anUntilWithoutZIsWallClockTimeInTheZone() {
        var starts = Recurrences.expand("FREQ=DAILY;UNTIL=20270115T163000", LocalDateTime.of(2027, 1, 13, 16, 30),
                SHANGHAI, CAP);

        assertThat(starts).hasSize(3);
    }

    @Test
    void anUntilBeforeTheFirstStartGivesNoOccurrence() {
        assertThat(Recurrences.expand("FREQ=DAILY;UNTIL=20260101", LocalDateTime.of(2027, 1, 13, 16, 30), SHANGHAI, CAP))
                .isEmpty();
    }

    @Test
    void theThirtyFirstSkipsShorterMonths() {
        var starts = Recurrences.expand("FREQ=MONTHLY;BYMONTHDAY=31;COUNT=5", LocalDateTime.of(2027, 1, 31, 10, 0),
                SHANGHAI, CAP);

        assertThat(dates(starts)).containsExactly(
                date(2027, 1, 31), date(2027, 3, 31), date(2027, 5, 31), date(2027, 7, 31), date(2027, 8, 31));
    }

    @Test
    void monthlyFromTheThirtyFirstWithoutADayAlsoSkipsShorterMonths() {
        var starts = Recurrences.expand("FREQ=MONTHLY;COUNT=3", LocalDateTime.of(2027, 1, 31, 10, 0), SHANGHAI, CAP);

        assertThat(dates(starts)).containsExactly(date(2027, 1, 31), date(2027, 3, 31), date(2027, 5, 31));
    }

    @Test
    void minusOneIsTheLastDayOfEachMonthIncludingALeapFebruary() {
        var starts = Recurrences.expand("FREQ=MONTHLY;BYMONTHDAY=-1;COUNT=4", LocalDateTime.of(2028, 1, 31, 10, 0),
                SHANGHAI, CAP);

        assertThat(dates(starts)).containsExactly(
                date(2028, 1, 31), date(2028, 2, 29), date(2028, 3, 31), date(2028, 4, 30));
    }

    @Test
    void aLeapDayRecursOnlyInLeapYears() {
        var starts = Recurrences.expand("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29;COUNT=3",
                LocalDateTime.of(2024, 2, 29, 10, 0), SHANGHAI, CAP);

        assertThat(dates(starts)).containsExactly(date(2024, 2, 29), date(2028, 2, 29), date(2032, 2, 29));
        assertThat(Recurrences.expand("FREQ=YEARLY;COUNT=3", LocalDateTime.of(2024, 2, 29, 10, 0), SHANGHAI, CAP))
                .isEqualTo(starts);
    }

    @Test
    void aTimeInTheSpringForwardGapMovesForwardByTheGap() {
        // Berlin's clocks jump from 02:00 to 03:00 on Sunday 2027-03-28
        var starts = Recurrences.expand("FREQ=WEEKLY;COUNT=3", LocalDateTime.of(2027, 3, 21, 2, 30), BERLIN, CAP);

        assertThat(starts).containsExactly(
                ZonedDateTime.ofLocal(LocalDateTime.of(2027, 3, 21, 2, 30), BERLIN, ZoneOffset.ofHours(1)),
                ZonedDateTime.ofLocal(LocalDateTime.of(2027, 3, 28, 3, 30), BERLIN, ZoneOffset.ofHours(2)),
                ZonedDateTime.ofLocal(LocalDateTime.of(2027, 4, 4, 2, 30), BERLIN, ZoneOffset.ofHours(2)));
    }

    @Test
    void aTimeThatOccursTwiceWhenClocksGoBackIsTheFirstOfTheTwo() {
        // Berlin's clocks go back from 03:00 to 02:00 on Sunday 2027-10-31, so 02:30 happens at +02:00 and at +01:00
        var starts = Recurrences.expand("FREQ=WEEKLY;UNTIL=20271107", LocalDateTime.of(2027, 1, 3, 2, 30), BERLIN, CAP);

        var overlapDay = starts.stream().filter(start -> start.toLocalDate().equals(date(2027, 10, 31))).findFirst();
        assertThat(overlapDay).hasValueSatisfying(start -> {
            assertThat(start.toLocalTime()).isEqualTo(LocalTime.of(2, 30));
            assertThat(start.getOffset()).isEqualTo(ZoneOffset.ofHours(2));
        });
        assertThat(starts.getLast().getOffset()).isEqualTo(ZoneOffset.ofHours(1));
    }

    @Test
    void halfPastFourStaysHalfPastFourAcrossBerlinsClockChanges() {
        var starts = Recurrences.expand("FREQ=WEEKLY;BYDAY=TU;UNTIL=20271109", LocalDateTime.of(2027, 3, 16, 16, 30),
                BERLIN, CAP);

        assertThat(starts).allSatisfy(start -> assertThat(start.toLocalTime()).isEqualTo(LocalTime.of(16, 30)));
        assertThat(starts.getFirst().getOffset()).isEqualTo(ZoneOffset.ofHours(1));
        assertThat(starts.get(2).getOffset()).isEqualTo(ZoneOffset.ofHours(2));
        assertThat(starts.getLast().getOffset()).isEqualTo(ZoneOffset.ofHours(1));
    }

    @Test
    void refusesARuleWithMoreOccurrencesThanTheCapWithoutExpandingThem() {
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
            assertThatThrownBy(() -> Recurrences.expand("FREQ=DAILY;COUNT=5000", RFC_START, SHANGHAI, CAP))
                    .isInstanceOfSatisfying(DomainException.class, e -> {
                        assertThat(e.code()).isEqualTo("RRULE_TOO_MANY");
                        assertThat(e.arguments()).containsExactly(CAP);
                    });
            assertThatThrownBy(() -> Recurrences.expand("FREQ=DAILY;UNTIL=21000101", RFC_START, SHANGHAI, CAP))
                    .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("RRULE_TOO_MANY"));
        });
    }

    @Test
    void acceptsExactlyTheCap() {
        assertThat(Recurrences.expand("FREQ=DAILY;COUNT=500", RFC_START, SHANGHAI, CAP)).hasSize(CAP);
        assertThat(Recurrences.expand("FREQ=DAILY;UNTIL=19980114", RFC_START, NEW_YORK, CAP)).hasSize(135);
    }

    @Test
    void refusesARuleWithoutAnEnd() {
        assertThatThrownBy(() -> Recurrences.expand("FREQ=WEEKLY;BYDAY=MO", RFC_START, SHANGHAI, CAP))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("RRULE_UNBOUNDED");
                    assertThat(e.translationKey()).isEqualTo("error.rrule_unbounded");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"FREQ=SOMETIMES", "", "  ", "BYDAY=XX", "FREQ=WEEKLY;BYDAY=XX;COUNT=2", "RRULE:",
            "FREQ=WEEKLY;COUNT=0", "FREQ=WEEKLY;COUNT=ten", "FREQ=WEEKLY;INTERVAL=0;COUNT=2", "FREQ=DAILY;COUNT=2;COUNT=3",
            "FREQ=DAILY;COUNT=2;UNTIL=20270101", "FREQ=DAILY;UNTIL=2027-01-01", "FREQ=DAILY;UNTIL=20271301",
            "FREQ=DAILY;COUNT", "FREQ=DAILY;;COUNT=2", "FREQ=MONTHLY;BYMONTHDAY=32;COUNT=2", "FREQ=DAILY;X-FOO=1;COUNT=2"})
    void refusesAMalformedRuleNamingIt(String text) {
        assertThatThrownBy(() -> Recurrences.expand(text, RFC_START, SHANGHAI, CAP))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("RRULE_INVALID");
                    assertThat(e.translationKey()).isEqualTo("error.rrule_invalid");
                    assertThat(e.arguments()).hasSize(1);
                });
    }

    @ParameterizedTest
    @MethodSource("finerThanDaily")
    void refusesRulesThatRepeatWithinADay(String text, String part) {
        assertThatThrownBy(() -> Recurrences.expand(text, RFC_START, SHANGHAI, CAP))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("RRULE_UNSUPPORTED");
                    assertThat(e.arguments()).containsExactly(part);
                });
    }

    static Stream<org.junit.jupiter.params.provider.Arguments> finerThanDaily() {
        return Stream.of(
                org.junit.jupiter.params.provider.Arguments.of("FREQ=HOURLY;COUNT=3", "FREQ=HOURLY"),
                org.junit.jupiter.params.provider.Arguments.of("FREQ=MINUTELY;COUNT=3", "FREQ=MINUTELY"),
                org.junit.jupiter.params.provider.Arguments.of("FREQ=DAILY;BYHOUR=9,17;COUNT=3", "BYHOUR=9,17"));
    }

    private static List<LocalDate> dates(List<ZonedDateTime> starts) {
        return starts.stream().map(ZonedDateTime::toLocalDate).toList();
    }

    private static LocalDate date(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    private static LocalDate[] days(int year, int month, int... days) {
        return java.util.Arrays.stream(days).mapToObj(day -> LocalDate.of(year, month, day)).toArray(LocalDate[]::new);
    }
}
