package org.servicecentre.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReminderOffsetsUnitTest {

    @Test
    void readsHoursAsStaffTypeThem() {
        assertThat(ReminderOffsets.parseHours("24, 2")).contains(List.of(1440, 120));
        assertThat(ReminderOffsets.parseHours("2，48")).contains(List.of(2880, 120));
        assertThat(ReminderOffsets.parseHours(" 0.5 ")).contains(List.of(30));
        assertThat(ReminderOffsets.parseHours("24 24")).contains(List.of(1440));
    }

    @Test
    void anEmptyFieldMeansTheDefaults() {
        assertThat(ReminderOffsets.parseHours("  ")).contains(List.of());
        assertThat(ReminderOffsets.effective(List.of())).containsExactly(1440, 120);
    }

    @Test
    void refusesWhatIsNotAFewHoursWithinAWeek() {
        assertThat(ReminderOffsets.parseHours("tomorrow")).isEmpty();
        assertThat(ReminderOffsets.parseHours("0.1")).as("6 minutes: under a quarter of an hour").isEmpty();
        assertThat(ReminderOffsets.parseHours("169")).as("more than a week").isEmpty();
        assertThat(ReminderOffsets.parseHours("72, 24, 2, 1")).as("at most three").isEmpty();
        assertThat(ReminderOffsets.parseHours("1.0001")).as("not a whole minute").isEmpty();
    }

    @Test
    void writesMinutesBackAsHours() {
        assertThat(ReminderOffsets.formatHours(List.of(120, 1440))).isEqualTo("24, 2");
        assertThat(ReminderOffsets.formatHours(List.of(90))).isEqualTo("1.5");
        assertThat(ReminderOffsets.toColumn(List.of(120, 1440))).isEqualTo("1440,120");
        assertThat(ReminderOffsets.fromColumn("1440,120")).containsExactly(1440, 120);
        assertThat(ReminderOffsets.toColumn(List.of())).isNull();
    }
}
