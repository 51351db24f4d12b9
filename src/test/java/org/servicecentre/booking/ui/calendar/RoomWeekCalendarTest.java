package org.servicecentre.booking.ui.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicecentre.booking.ui.calendar.CalendarProbe.style;
import static org.servicecentre.booking.ui.calendar.CalendarProbe.textsOf;
import static org.servicecentre.booking.ui.calendar.CalendarProbe.withClass;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.servicecentre.ServiceCentreTest;

@ServiceCentreTest
class RoomWeekCalendarTest extends SpringBrowserlessTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    private static final LocalDate WEDNESDAY = MONDAY.plusDays(2);

    @Test
    void showsMondayToSundayOfTheWeekHoldingTheGivenDayWithARowPerRoom() {
        var calendar = calendar();

        assertThat(calendar.getDays()).hasSize(7).startsWith(MONDAY).endsWith(MONDAY.plusDays(6));
        assertThat(textsOf(calendar, "sc-cal-weekday")).containsExactly("周一", "周二", "周三", "周四", "周五", "周六", "周日");
        assertThat(textsOf(calendar, "sc-cal-date")).startsWith("11月23日");
        assertThat(withClass(calendar, "sc-cal-lane")).hasSize(14)
                .allSatisfy(lane -> assertThat(lane.getElement().getAttribute("data-axis")).isEqualTo("x"));
    }

    @Test
    void laysABlockAlongItsDayFromStartToEnd() {
        var calendar = calendar();

        calendar.setBlocks(List.of(new CalendarBlock("b1", "r2", WEDNESDAY.atTime(10, 0), WEDNESDAY.atTime(13, 0),
                "四点半课堂", null, "confirmed", true)));

        var card = withClass(calendar, "sc-cal-block").getFirst();
        assertThat(style(card, "left")).isEqualTo("20.0000%");
        assertThat(style(card, "width")).isEqualTo("20.0000%");
        assertThat(card.getElement().getClassList()).contains("sc-cal-block--mine");
        var wednesdayRoom2 = withClass(calendar, "sc-cal-lane").get(2 * 2 + 1);
        assertThat(wednesdayRoom2.getElement().getAttribute("data-day")).isEqualTo(WEDNESDAY.toString());
        assertThat(withClass(wednesdayRoom2, "sc-cal-block")).containsExactly(card);
    }

    @Test
    void reportsASlotOnAnyDayOfTheWeekButNotBeyond() {
        var calendar = calendar();
        var selected = new ArrayList<SlotSelectedEvent>();
        calendar.addSlotSelectedListener(selected::add);

        calendar.selectSlot("r1", WEDNESDAY.toString(), 16 * 60 + 30, 17 * 60 + 30);
        calendar.selectSlot("r1", MONDAY.plusDays(7).toString(), 600, 660);

        assertThat(selected).singleElement().satisfies(event -> {
            assertThat(event.getStart()).isEqualTo(WEDNESDAY.atTime(16, 30));
            assertThat(event.getEnd()).isEqualTo(WEDNESDAY.atTime(17, 30));
        });
    }

    @Test
    void marksTodayAndItsCurrentTime() {
        var calendar = calendar();

        calendar.setNow(WEDNESDAY.atTime(8, 30));

        assertThat(withClass(calendar, "sc-cal-week-day--today")).hasSize(1);
        assertThat(textsOf(calendar, "sc-cal-today-badge")).containsExactly("今天");
        assertThat(withClass(calendar, "sc-cal-now")).hasSize(2)
                .allSatisfy(line -> assertThat(style(line, "left")).isEqualTo("10.0000%"));
    }

    private static RoomWeekCalendar calendar() {
        var calendar = new RoomWeekCalendar(WEDNESDAY);
        calendar.setHours(7, 22);
        calendar.setColumns(List.of(new CalendarColumn("r1", "多功能厅", "80人"), new CalendarColumn("r2", "会议室A", null)));
        return calendar;
    }
}
