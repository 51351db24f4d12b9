package org.servicecentre.booking;

import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.servicecentre.shared.Languages;
import org.servicecentre.shared.TranslationProvider;

/** A rule in words, in both languages, through the real bundles. */
class RecurrenceDescriptionUnitTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final TranslationProvider TRANSLATIONS = new TranslationProvider();

    @Test
    void describesEveryOtherWeekOnTuesdayAndThursdayUntilADay() {
        var rule = RecurrenceRule.weekly(Set.of(THURSDAY, TUESDAY), 2, LocalDate.of(2027, 1, 15));

        assertThat(describe(rule, Languages.CHINESE)).isEqualTo("每2周的周二、周四，至2027-01-15");
        assertThat(describe(rule, Languages.ENGLISH)).isEqualTo("Every 2 weeks on Tue, Thu, until 2027-01-15");
    }

    @Test
    void describesTheSecondSaturdayOfEachMonth() {
        var rule = RecurrenceRule.monthlyOnWeekday(2, SATURDAY, 6);

        assertThat(describe(rule, Languages.CHINESE)).isEqualTo("每月第二个周六，共6次");
        assertThat(describe(rule, Languages.ENGLISH)).isEqualTo("Every month on the second Saturday, 6 times");
    }

    @Test
    void showsAUtcUntilAsTheDayInTheCentresZone() {
        var rule = RecurrenceRule.parse("FREQ=DAILY;UNTIL=20270115T170000Z");

        assertThat(describe(rule, Languages.ENGLISH)).isEqualTo("Every day, until 2027-01-16");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            FREQ=DAILY;COUNT=10                           | 每天，共10次                  | Every day, 10 times
            FREQ=DAILY;INTERVAL=3;COUNT=1                 | 每3天，仅1次                   | Every 3 days, once
            FREQ=WEEKLY;COUNT=10                          | 每周，共10次                   | Every week, 10 times
            FREQ=WEEKLY;WKST=SU;BYDAY=SU,MO;COUNT=4       | 每周的周一、周日，共4次          | Every week on Mon, Sun, 4 times
            FREQ=MONTHLY;BYDAY=-1FR;COUNT=3               | 每月最后一个周五，共3次          | Every month on the last Friday, 3 times
            FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=1,15;COUNT=4 | 每2个月1日、15日，共4次       | Every 2 months on day 1, 15, 4 times
            FREQ=MONTHLY;BYMONTHDAY=-1;COUNT=4            | 每月最后一天，共4次              | Every month on the last day, 4 times
            FREQ=YEARLY;BYMONTH=6,7;COUNT=10              | 每年的6月、7月，共10次           | Every year in June, July, 10 times
            FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29;COUNT=3   | 每年2月29日，共3次               | Every year on February 29, 3 times
            FREQ=YEARLY;INTERVAL=2;COUNT=3                | 每2年，共3次                    | Every 2 years, 3 times
            """)
    void describesTheCommonRulesInBothLanguages(String rule, String chinese, String english) {
        assertThat(describe(RecurrenceRule.parse(rule), Languages.CHINESE)).isEqualTo(chinese);
        assertThat(describe(RecurrenceRule.parse(rule), Languages.ENGLISH)).isEqualTo(english);
    }

    @Test
    void showsARuleItCannotPutIntoWordsAsACustomRule() {
        var rule = RecurrenceRule.parse("FREQ=MONTHLY;BYDAY=MO,TU;BYSETPOS=-1;COUNT=3");

        assertThat(describe(rule, Languages.CHINESE)).isEqualTo("自定义重复规则：FREQ=MONTHLY;BYDAY=MO,TU;BYSETPOS=-1;COUNT=3");
        assertThat(describe(rule, Languages.ENGLISH)).isEqualTo("Custom repetition: FREQ=MONTHLY;BYDAY=MO,TU;BYSETPOS=-1;COUNT=3");
    }

    @Test
    void describesARuleWithoutAnEndAsCustomRatherThanHidingIt() {
        var rule = RecurrenceRule.parse("FREQ=WEEKLY;BYDAY=MO");

        assertThat(describe(rule, Languages.ENGLISH)).isEqualTo("Custom repetition: FREQ=WEEKLY;BYDAY=MO");
    }

    private static String describe(RecurrenceRule rule, Locale language) {
        return Recurrences.describe(rule, SHANGHAI, (key, arguments) -> TRANSLATIONS.translate(language, key, arguments));
    }
}
