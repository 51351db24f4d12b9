package org.servicecentre.booking.ui.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicecentre.booking.ui.calendar.CalendarProbe.click;
import static org.servicecentre.booking.ui.calendar.CalendarProbe.textsOf;
import static org.servicecentre.booking.ui.calendar.CalendarProbe.withClass;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.servicecentre.ServiceCentreTest;

@ServiceCentreTest
class RoomMonthCalendarTest extends SpringBrowserlessTest {

    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);
    private static final LocalDate DAY = NOVEMBER.atDay(24);

    @Test
    void coversWholeWeeksFromMondayAndDimsTheNeighbouringMonths() {
        var calendar = new RoomMonthCalendar(NOVEMBER);

        assertThat(calendar.getDays()).hasSize(42)
                .startsWith(LocalDate.of(2026, 10, 26)).endsWith(LocalDate.of(2026, 12, 6));
        assertThat(textsOf(calendar, "sc-cal-month-weekday")).startsWith("周一").endsWith("周日");
        assertThat(withClass(calendar, "sc-cal-month-day--other")).hasSize(42 - 30);
    }

    @Test
    void listsAtMostFourBlocksADayAndCountsTheRest() {
        var calendar = new RoomMonthCalendar(NOVEMBER);

        calendar.setBlocks(IntStream.range(0, 5).mapToObj(i -> new CalendarBlock("b" + i, "r1",
                DAY.atTime(8 + 2 * i, 0), DAY.atTime(9 + 2 * i, 0), "活动" + i, null, "confirmed", false)).toList());

        var day = withClass(calendar, "sc-cal-month-day").get(29);
        assertThat(textsOf(day, "sc-cal-block-time")).containsExactly("08:00", "10:00", "12:00");
        assertThat(textsOf(day, "sc-cal-month-more")).containsExactly("还有 2 项");
    }

    @Test
    void marksTodayAndNamesAClosure() {
        var calendar = new RoomMonthCalendar(NOVEMBER);

        calendar.setToday(DAY);
        calendar.setShades(List.of(CalendarShade.closure(null, DAY.atStartOfDay(), DAY.plusDays(1).atStartOfDay(), "设备维修")));

        var today = withClass(calendar, "sc-cal-month-day--today");
        assertThat(today).singleElement().satisfies(cell -> {
            assertThat(textsOf(cell, "sc-cal-month-number")).containsExactly("24");
            assertThat(textsOf(cell, "sc-cal-month-closure")).containsExactly("设备维修");
            assertThat(cell.getElement().getClassList()).contains("sc-cal-month-day--closed");
        });
    }

    @Test
    void reportsTheClickedDayAndTheClickedBlock() {
        var calendar = new RoomMonthCalendar(NOVEMBER);
        calendar.setBlocks(List.of(new CalendarBlock("b1", "r1", DAY.atTime(9, 0), DAY.atTime(10, 0), "读书会", null,
                "busy", false)));
        var days = new ArrayList<LocalDate>();
        var blocks = new ArrayList<String>();
        calendar.addDayClickedListener(event -> days.add(event.getDate()));
        calendar.addBlockClickedListener(event -> blocks.add(event.getBlockId()));

        click(withClass(calendar, "sc-cal-month-day").get(2));
        click(withClass(calendar, "sc-cal-block").getFirst());

        assertThat(days).containsExactly(LocalDate.of(2026, 10, 28));
        assertThat(blocks).containsExactly("b1");
    }
}
