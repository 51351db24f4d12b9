package org.servicecentre.booking.ui.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicecentre.booking.ui.calendar.CalendarProbe.click;
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
class RoomDayCalendarTest extends SpringBrowserlessTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 24);
    private static final List<CalendarColumn> ROOMS = List.of(
            new CalendarColumn("r1", "多功能厅", "80人"), new CalendarColumn("r2", "会议室A", "20人"));

    @Test
    void showsEachRoomAsAColumnAndTheHoursDownTheSide() {
        var calendar = calendar();

        assertThat(textsOf(calendar, "sc-cal-room-title")).containsExactly("多功能厅", "会议室A");
        assertThat(textsOf(calendar, "sc-cal-room-subtitle")).containsExactly("80人", "20人");
        assertThat(textsOf(calendar, "sc-cal-hour")).hasSize(15).startsWith("07:00", "08:00").endsWith("21:00");
        assertThat(withClass(calendar, "sc-cal-lane")).extracting(lane -> lane.getElement().getAttribute("data-col"))
                .containsExactly("r1", "r2");
    }

    @Test
    void placesABlockByItsTimeWithItsTitleAndTimes() {
        var calendar = calendar();

        calendar.setBlocks(List.of(block("b1", "r1", 10, 0, 11, 30, "confirmed", false)));

        var card = withClass(calendar, "sc-cal-block").getFirst();
        assertThat(style(card, "top")).isEqualTo("20.0000%");
        assertThat(style(card, "height")).isEqualTo("10.0000%");
        assertThat(card.getElement().getClassList()).contains("sc-cal-status--confirmed");
        assertThat(textsOf(card, "sc-cal-block-title")).containsExactly("居民议事会 b1");
        assertThat(textsOf(card, "sc-cal-block-time")).containsExactly("10:00–11:30");
    }

    @Test
    void putsOverlappingBlocksSideBySide() {
        var calendar = calendar();

        calendar.setBlocks(List.of(block("b1", "r1", 9, 0, 11, 0, "closed", false),
                block("b2", "r1", 10, 0, 12, 0, "confirmed", false)));

        var cards = withClass(calendar, "sc-cal-block");
        assertThat(cards).extracting(card -> style(card, "left"))
                .containsExactly("calc(0.0000% + 2px)", "calc(50.0000% + 2px)");
        assertThat(cards).extracting(card -> style(card, "width"))
                .containsOnly("calc(50.0000% - 4px)");
    }

    @Test
    void marksTheViewersOwnBookingAndCrossesOutACancelledOne() {
        var calendar = calendar();

        calendar.setBlocks(List.of(block("mine", "r1", 9, 0, 10, 0, "requested", true),
                block("gone", "r2", 9, 0, 10, 0, "cancelled", false)));

        var cards = withClass(calendar, "sc-cal-block");
        assertThat(cards.get(0).getElement().getClassList())
                .contains("sc-cal-block--mine", "sc-cal-status--requested");
        assertThat(textsOf(cards.get(0), "sc-cal-block-badge")).containsExactly("我的");
        assertThat(cards.get(1).getElement().getClassList()).contains("sc-cal-status--cancelled")
                .doesNotContain("sc-cal-block--mine");
    }

    @Test
    void hatchesAClosureWithItsReasonAndGreysTimeOutsideOpeningHours() {
        var calendar = calendar();

        calendar.setShades(List.of(CalendarShade.closure("r2", DAY.atTime(8, 0), DAY.atTime(12, 0), ""),
                CalendarShade.outsideHours(null, DAY.atTime(7, 0), DAY.atTime(8, 30))));

        assertThat(withClass(calendar, "sc-cal-shade--closed")).hasSize(1);
        assertThat(textsOf(calendar, "sc-cal-shade-label")).containsExactly("已关闭");
        assertThat(withClass(calendar, "sc-cal-shade--outside")).as("one per room").hasSize(2);
    }

    @Test
    void drawsTheCurrentTimeOnlyWhenTheDayIsToday() {
        var calendar = calendar();

        calendar.setNow(DAY.minusDays(1).atTime(10, 0));
        assertThat(withClass(calendar, "sc-cal-now")).isEmpty();

        calendar.setNow(DAY.atTime(14, 30));
        assertThat(withClass(calendar, "sc-cal-now")).hasSize(2)
                .allSatisfy(line -> assertThat(style(line, "top")).isEqualTo("50.0000%"));
    }

    @Test
    void reportsADraggedSlotSnappedToQuarterHours() {
        var calendar = calendar();
        var selected = new ArrayList<SlotSelectedEvent>();
        calendar.addSlotSelectedListener(selected::add);

        calendar.selectSlot("r2", DAY.toString(), 9 * 60 + 7, 10 * 60 + 2);

        assertThat(selected).singleElement().satisfies(event -> {
            assertThat(event.getColumnId()).isEqualTo("r2");
            assertThat(event.getStart()).isEqualTo(DAY.atTime(9, 0));
            assertThat(event.getEnd()).isEqualTo(DAY.atTime(10, 15));
        });
    }

    @Test
    void ignoresASlotInAnUnknownRoomOnAnotherDayOrOfNoLength() {
        var calendar = calendar();
        var selected = new ArrayList<SlotSelectedEvent>();
        calendar.addSlotSelectedListener(selected::add);

        calendar.selectSlot("nope", DAY.toString(), 600, 660);
        calendar.selectSlot("r1", DAY.plusDays(1).toString(), 600, 660);
        calendar.selectSlot("r1", DAY.toString(), 600, 600);
        calendar.selectSlot("r1", "not a date", 600, 660);

        assertThat(selected).isEmpty();
    }

    @Test
    void reportsTheBlockThatWasClicked() {
        var calendar = calendar();
        calendar.setBlocks(List.of(block("b7", "r1", 9, 0, 10, 0, "busy", false)));
        var clicked = new ArrayList<String>();
        calendar.addBlockClickedListener(event -> clicked.add(event.getBlockId()));

        click(withClass(calendar, "sc-cal-block").getFirst());

        assertThat(clicked).containsExactly("b7");
    }

    @Test
    void saysSoWhenThereAreNoRooms() {
        var calendar = new RoomDayCalendar(DAY);

        assertThat(textsOf(calendar, "sc-cal-empty")).singleElement().asString().contains("没有可显示的房间");
    }

    private static RoomDayCalendar calendar() {
        var calendar = new RoomDayCalendar(DAY);
        calendar.setHours(7, 22);
        calendar.setColumns(ROOMS);
        return calendar;
    }

    static CalendarBlock block(String id, String room, int fromHour, int fromMinute, int toHour, int toMinute,
            String style, boolean mine) {
        return new CalendarBlock(id, room, DAY.atTime(fromHour, fromMinute), DAY.atTime(toHour, toMinute),
                "居民议事会 " + id, "启航社工", style, mine);
    }
}
