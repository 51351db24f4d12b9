package org.servicecentre.booking.ui.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class LanesUnitTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 24);

    @Test
    void putsBlocksThatOverlapSideBySideAndTheRestInOneLane() {
        var morning = block("a", 9, 11);
        var overlapping = block("b", 10, 12);
        var afterMorning = block("c", 11, 13);
        var alone = block("d", 14, 15);

        var placed = Lanes.place(List.of(alone, afterMorning, overlapping, morning));

        assertThat(placed).containsExactly(
                new Lanes.Placed(morning, 0, 2),
                new Lanes.Placed(overlapping, 1, 2),
                new Lanes.Placed(afterMorning, 0, 2),
                new Lanes.Placed(alone, 0, 1));
    }

    @Test
    void touchingBlocksDoNotShareTheWidth() {
        var first = block("a", 9, 10);
        var next = block("b", 10, 11);

        assertThat(Lanes.place(List.of(first, next))).extracting(Lanes.Placed::lanes).containsExactly(1, 1);
    }

    private static CalendarBlock block(String id, int fromHour, int toHour) {
        return new CalendarBlock(id, "r1", DAY.atTime(fromHour, 0), DAY.atTime(toHour, 0), id, null, "confirmed", false);
    }
}
