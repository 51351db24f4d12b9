package org.servicecentre.booking;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.servicecentre.shared.DomainException;

/** Reading rules as people write them, and building them from the booking form's choices. */
class RecurrenceRuleUnitTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void readsARuleWithOrWithoutThePrefixInAnyCase() {
        assertThat(RecurrenceRule.parse("RRULE:FREQ=WEEKLY;COUNT=3").text()).isEqualTo("FREQ=WEEKLY;COUNT=3");
        assertThat(RecurrenceRule.parse("  rrule:freq=weekly;byday=tu,th;until=20270115; ").text())
                .isEqualTo("FREQ=WEEKLY;BYDAY=TU,TH;UNTIL=20270115");
        assertThat(RecurrenceRule.parse("FREQ=WEEKLY;COUNT=3")).isEqualTo(new RecurrenceRule("freq=weekly;count=3"));
    }

    @Test
    void refusesAMalformedRuleWithItsText() {
        assertThatThrownBy(() -> RecurrenceRule.parse("FREQ=SOMETIMES"))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("RRULE_INVALID");
                    assertThat(e.arguments()).containsExactly("FREQ=SOMETIMES");
                });
        assertThatThrownBy(() -> RecurrenceRule.parse(null))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("RRULE_INVALID"));
    }

    @Test
    void buildsEveryOtherWeekOnTuesdayAndThursdayUntilADay() {
        var rule = RecurrenceRule.weekly(Set.of(THURSDAY, TUESDAY), 2, LocalDate.of(2027, 1, 15));

        assertThat(rule.text()).isEqualTo("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH;UNTIL=20270115");
    }

    @Test
    void buildsAWeeklyRuleForACount() {
        assertThat(RecurrenceRule.weekly(List.of(MONDAY), 1, 12).text()).isEqualTo("FREQ=WEEKLY;BYDAY=MO;COUNT=12");
    }

    @Test
    void buildsMonthlyOnTheSecondSaturdayAndOnTheLastMonday() {
        assertThat(RecurrenceRule.monthlyOnWeekday(2, SATURDAY, 6).text()).isEqualTo("FREQ=MONTHLY;BYDAY=2SA;COUNT=6");
        assertThat(RecurrenceRule.monthlyOnWeekday(-1, MONDAY, LocalDate.of(2027, 6, 30)).text())
                .isEqualTo("FREQ=MONTHLY;BYDAY=-1MO;UNTIL=20270630");
    }

    @Test
    void refusesChoicesThatMakeNoRule() {
        assertThatThrownBy(() -> RecurrenceRule.weekly(Set.of(), 1, 3)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> RecurrenceRule.weekly(Set.of(MONDAY), 0, 3)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> RecurrenceRule.weekly(Set.of(MONDAY), 1, 0)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> RecurrenceRule.monthlyOnWeekday(6, MONDAY, 3)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> RecurrenceRule.monthlyOnWeekday(0, MONDAY, 3)).isInstanceOf(DomainException.class);
    }

    @Test
    void writesAnUntilDateForCalendarFeedsAsTheEndOfThatDayInUtc() {
        var rule = RecurrenceRule.weekly(Set.of(TUESDAY, THURSDAY), 2, LocalDate.of(2027, 1, 15));

        assertThat(rule.icalendarText(SHANGHAI)).isEqualTo("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH;UNTIL=20270115T155959Z");
        assertThat(RecurrenceRule.parse("FREQ=DAILY;UNTIL=20270115T080000Z").icalendarText(SHANGHAI))
                .isEqualTo("FREQ=DAILY;UNTIL=20270115T080000Z");
        assertThat(RecurrenceRule.parse("FREQ=DAILY;UNTIL=20270115T163000").icalendarText(SHANGHAI))
                .isEqualTo("FREQ=DAILY;UNTIL=20270115T083000Z");
    }
}
