package org.servicecentre.centre;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.servicecentre.shared.DomainException;

class HoursCalculatorUnitTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    // 2026-03-02 is a Monday
    static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
    static final WeeklyHours OFFICE = new WeeklyHours(Map.of(
            DayOfWeek.MONDAY, List.of(range("14:00", "21:00"), range("08:30", "12:00")),
            DayOfWeek.TUESDAY, List.of(range("08:30", "12:00"), range("14:00", "21:00")),
            DayOfWeek.SATURDAY, List.of(range("09:00", "17:00"))));

    @Test
    void opensTheRangesOfTheUsualWeekAndKeepsDaysWithoutRangesClosed() {
        var calculator = new HoursCalculator(SHANGHAI, OFFICE, List.of(), List.of());

        var intervals = calculator.intervals(MONDAY, MONDAY.plusDays(2));

        assertThat(intervals).containsExactly(
                interval(SHANGHAI, MONDAY, "08:30", MONDAY, "12:00"),
                interval(SHANGHAI, MONDAY, "14:00", MONDAY, "21:00"),
                interval(SHANGHAI, MONDAY.plusDays(1), "08:30", MONDAY.plusDays(1), "12:00"),
                interval(SHANGHAI, MONDAY.plusDays(1), "14:00", MONDAY.plusDays(1), "21:00"));
        assertThat(calculator.day(MONDAY.plusDays(2)).open()).isFalse();
    }

    @Test
    void treatsRangesAsHalfOpenSoTheLunchBreakIsClosed() {
        var calculator = new HoursCalculator(SHANGHAI, OFFICE, List.of(), List.of());

        assertThat(calculator.isOpen(at(SHANGHAI, MONDAY, "11:00"), at(SHANGHAI, MONDAY, "12:00"))).isTrue();
        assertThat(calculator.isOpen(at(SHANGHAI, MONDAY, "14:00"), at(SHANGHAI, MONDAY, "15:00"))).isTrue();
        assertThat(calculator.isOpen(at(SHANGHAI, MONDAY, "12:00"), at(SHANGHAI, MONDAY, "14:00"))).isFalse();
        assertThat(calculator.isOpen(at(SHANGHAI, MONDAY, "11:30"), at(SHANGHAI, MONDAY, "14:30"))).isFalse();
        assertThat(calculator.isOpen(at(SHANGHAI, MONDAY, "08:00"), at(SHANGHAI, MONDAY, "09:00"))).isFalse();
        assertThat(calculator.isOpen(at(SHANGHAI, MONDAY, "10:00"), at(SHANGHAI, MONDAY, "10:00"))).isFalse();
    }

    @Test
    void anExceptionReplacesTheUsualHoursOfItsDate() {
        var saturday = MONDAY.plusDays(5);
        var longer = new HoursExceptionSummary(1, 1, saturday, List.of(range("08:00", "22:00")), "社区文化节");
        var calculator = new HoursCalculator(SHANGHAI, OFFICE, List.of(longer), List.of());

        assertThat(calculator.intervals(saturday, saturday))
                .containsExactly(interval(SHANGHAI, saturday, "08:00", saturday, "22:00"));
        assertThat(calculator.day(saturday).kind()).isEqualTo(DayHours.Kind.SPECIAL);
        assertThat(calculator.day(saturday).reason()).isEqualTo("社区文化节");
        assertThat(calculator.day(saturday.plusDays(7)).ranges()).containsExactly(range("09:00", "17:00"));
    }

    @Test
    void anExceptionCanOpenADayTheUsualWeekKeepsClosed() {
        var sunday = MONDAY.plusDays(6);
        var open = new HoursExceptionSummary(1, 1, sunday, List.of(range("09:00", "12:00")), "义诊");
        var calculator = new HoursCalculator(SHANGHAI, OFFICE, List.of(open), List.of());

        assertThat(calculator.isOpen(at(SHANGHAI, sunday, "09:00"), at(SHANGHAI, sunday, "12:00"))).isTrue();
    }

    @Test
    void aClosureOverSeveralDaysClosesEachOfThemAndBeatsAnException() {
        var exception = new HoursExceptionSummary(1, 1, MONDAY.plusDays(1), List.of(range("08:00", "22:00")), "活动");
        var festival = new ClosureSummary(1, 1, null, null, MONDAY, MONDAY.plusDays(1), "春节");
        var calculator = new HoursCalculator(SHANGHAI, OFFICE, List.of(exception), List.of(festival));

        assertThat(calculator.intervals(MONDAY, MONDAY.plusDays(1))).isEmpty();
        assertThat(calculator.day(MONDAY.plusDays(1)).kind()).isEqualTo(DayHours.Kind.CLOSURE);
        assertThat(calculator.day(MONDAY.plusDays(1)).reason()).isEqualTo("春节");
        assertThat(calculator.intervals(MONDAY.plusDays(7), MONDAY.plusDays(7))).hasSize(2);
    }

    @Test
    void aClosureAppliesFromItsFirstToItsLastDayInclusive() {
        var closure = new ClosureSummary(1, 1, null, null, MONDAY.plusDays(1), MONDAY.plusDays(1), "停电检修");
        var calculator = new HoursCalculator(SHANGHAI, OFFICE, List.of(), List.of(closure));

        assertThat(calculator.day(MONDAY).open()).isTrue();
        assertThat(calculator.day(MONDAY.plusDays(1)).open()).isFalse();
        assertThat(calculator.day(MONDAY.plusDays(7)).open()).isTrue();
    }

    @Test
    void aCentreClosureIsNamedBeforeARoomClosureOnTheSameDay() {
        var room = new ClosureSummary(2, 1, 7L, "多功能厅", MONDAY, MONDAY, "设备维修");
        var centre = new ClosureSummary(1, 1, null, null, MONDAY, MONDAY, "元旦");
        var calculator = new HoursCalculator(SHANGHAI, OFFICE, List.of(), List.of(room, centre));

        assertThat(calculator.day(MONDAY).reason()).isEqualTo("元旦");
    }

    @Test
    void mergesOverlappingRangesDefensively() {
        var sloppy = new WeeklyHours(Map.of(DayOfWeek.MONDAY,
                List.of(range("08:00", "12:00"), range("11:00", "13:00"), range("13:00", "14:00"))));
        var calculator = new HoursCalculator(SHANGHAI, sloppy, List.of(), List.of());

        assertThat(calculator.intervals(MONDAY, MONDAY))
                .containsExactly(interval(SHANGHAI, MONDAY, "08:00", MONDAY, "14:00"));
        assertThat(sloppy.firstOverlappingDay()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(OFFICE.firstOverlappingDay()).isNull();
    }

    @Test
    void rangesEndingAt24JoinAcrossMidnight() {
        var allDay = new WeeklyHours(Map.of(
                DayOfWeek.MONDAY, List.of(range("20:00", "24:00")),
                DayOfWeek.TUESDAY, List.of(range("00:00", "24:00")),
                DayOfWeek.WEDNESDAY, List.of(range("00:00", "06:00"))));
        var calculator = new HoursCalculator(SHANGHAI, allDay, List.of(), List.of());

        assertThat(calculator.intervals(MONDAY, MONDAY.plusDays(2)))
                .containsExactly(interval(SHANGHAI, MONDAY, "20:00", MONDAY.plusDays(2), "06:00"));
        assertThat(calculator.isOpen(at(SHANGHAI, MONDAY, "23:00"), at(SHANGHAI, MONDAY.plusDays(1), "01:00")))
                .isTrue();
    }

    @Test
    void aSpringForwardNightInBerlinIsAnHourShorter() {
        // 29 March 2026: clocks go from 02:00 to 03:00
        var night = LocalDate.of(2026, 3, 29);
        var allDay = new WeeklyHours(Map.of(DayOfWeek.SUNDAY, List.of(range("00:00", "24:00"))));
        var calculator = new HoursCalculator(BERLIN, allDay, List.of(), List.of());

        var intervals = calculator.intervals(night, night);

        assertThat(intervals).hasSize(1);
        assertThat(Duration.between(intervals.getFirst().start(), intervals.getFirst().end())).hasHours(23);
        assertThat(intervals.getFirst().start()).isEqualTo(Instant.parse("2026-03-28T23:00:00Z"));
    }

    @Test
    void anAutumnNightInBerlinIsAnHourLongerAndARangeInTheRepeatedHourCoversBothReadings() {
        // 25 October 2026: clocks go back from 03:00 to 02:00
        var night = LocalDate.of(2026, 10, 25);
        var hours = new WeeklyHours(Map.of(DayOfWeek.SUNDAY, List.of(range("00:00", "02:30"), range("09:00", "17:00"))));
        var calculator = new HoursCalculator(BERLIN, hours, List.of(), List.of());

        var first = calculator.intervals(night, night).getFirst();

        assertThat(first.start()).isEqualTo(Instant.parse("2026-10-24T22:00:00Z"));
        assertThat(first.end()).isEqualTo(Instant.parse("2026-10-25T01:30:00Z"));
        assertThat(calculator.isOpen(Instant.parse("2026-10-25T08:00:00Z"), Instant.parse("2026-10-25T16:00:00Z")))
                .isTrue();
        assertThat(calculator.isOpen(Instant.parse("2026-10-25T07:00:00Z"), Instant.parse("2026-10-25T08:00:00Z")))
                .isFalse();
    }

    @Test
    void aCentreInAnotherZoneOpensAtItsOwnWallClock() {
        var berlinMonday = LocalDate.of(2026, 7, 6);
        var calculator = new HoursCalculator(BERLIN, OFFICE, List.of(), List.of());

        assertThat(calculator.intervals(berlinMonday, berlinMonday).getFirst().start())
                .isEqualTo(Instant.parse("2026-07-06T06:30:00Z"));
    }

    @Test
    void refusesARangeThatEndsBeforeItStartsOrBeyondMidnight() {
        assertThatThrownBy(() -> range("12:00", "08:00")).isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("code", "HOURS_RANGE_INVALID");
        assertThatThrownBy(() -> range("24:00", "24:00")).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> range("8h", "12:00")).isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("code", "HOURS_TIME_FORMAT");
        assertThat(range("22:00", "24:00").text()).isEqualTo("22:00–24:00");
    }

    static TimeRange range(String start, String end) {
        return TimeRange.parse(start, end);
    }

    static Instant at(ZoneId zone, LocalDate date, String time) {
        return LocalDateTime.of(date, java.time.LocalTime.parse(time)).atZone(zone).toInstant();
    }

    static OpenInterval interval(ZoneId zone, LocalDate startDate, String start, LocalDate endDate, String end) {
        return new OpenInterval(at(zone, startDate, start), at(zone, endDate, end));
    }
}
