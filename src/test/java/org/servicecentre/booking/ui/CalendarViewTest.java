package org.servicecentre.booking.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicecentre.booking.BookingFixtures.at;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.servicecentre.ServiceCentreTest;
import org.servicecentre.booking.BookingDraft;
import org.servicecentre.booking.BookingFilter;
import org.servicecentre.booking.BookingFixtures;
import org.servicecentre.booking.BookingQueries;
import org.servicecentre.booking.BookingService;
import org.servicecentre.booking.BookingStatus;
import org.servicecentre.booking.BookingSummary;
import org.servicecentre.booking.ui.calendar.BlockClickedEvent;
import org.servicecentre.booking.ui.calendar.RoomDayCalendar;
import org.servicecentre.booking.ui.calendar.RoomMonthCalendar;
import org.servicecentre.booking.ui.calendar.SlotSelectedEvent;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The calendar shows a centre's rooms and bookings; selecting free time books it; others' bookings stay private. */
@ServiceCentreTest
class CalendarViewTest extends SpringBrowserlessTest {

    @Autowired
    BookingFixtures fixtures;

    @Autowired
    BookingQueries queries;

    @Autowired
    BookingService bookings;

    @Test
    @WithUserDetails("ngo")
    void booksTheSlotSelectedInTheDayView() {
        var room = fixtures.room(20, 0, false);
        var day = fixtures.openWeekday(room, 22);
        open(Map.of("centre", Long.toString(room.centreId()), "view", "day",
                "date", day.toString()));
        var calendar = $(RoomDayCalendar.class).single();

        ComponentUtil.fireEvent(calendar, new SlotSelectedEvent(calendar, true, Long.toString(room.id()),
                day.atTime(15, 0), day.atTime(16, 30)));
        test($(TextField.class).id("booking-purpose")).setValue("亲子阅读");
        test($(com.vaadin.flow.component.textfield.IntegerField.class).id("booking-attendance")).setValue(12);
        test($(Button.class).id("booking-submit")).click();

        assertThat($(Dialog.class).all()).isEmpty();
        var booked = queries.list(new BookingFilter(null, room.id(), null, null, null, null, ""), 0, 10);
        assertThat(booked).singleElement().satisfies(b -> {
            assertThat(b.start()).isEqualTo(at(day, "15:00"));
            assertThat(b.end()).isEqualTo(at(day, "16:30"));
            assertThat(b.status()).isEqualTo(BookingStatus.CONFIRMED);
        });
        assertThat($(RoomDayCalendar.class).single().getElement().getOuterHTML()).contains("亲子阅读");
    }

    @Test
    @WithUserDetails("ngo")
    void showsAnotherOrganisationsBookingOnlyAsBusyAndOpensNothing() {
        var room = fixtures.room(20, 0, false);
        var day = fixtures.openWeekday(room, 23);
        long volunteers = fixtures.organisation("YH-VOL");
        var theirs = fixtures.as("manager", () -> bookings.create(new BookingDraft(room.id(), at(day, "10:00"),
                at(day, "11:00"), "志愿者内部培训", volunteers, 10, null)));
        open(Map.of("centre", Long.toString(room.centreId()), "view", "week",
                "date", day.toString()));
        var html = $(org.servicecentre.booking.ui.calendar.RoomWeekCalendar.class).single().getElement()
                .getOuterHTML();

        assertThat(html).doesNotContain("志愿者内部培训").contains("已被预约");
        var calendar = $(org.servicecentre.booking.ui.calendar.RoomWeekCalendar.class).single();
        ComponentUtil.fireEvent(calendar, new BlockClickedEvent(calendar, true, Long.toString(theirs.id())));
        assertThat($(Dialog.class).all()).isEmpty();
    }

    @Test
    @WithUserDetails("manager")
    void showsAMonthOfOneRoomAndOpensABookingFromIt() {
        var room = fixtures.room(20, 0, false);
        var day = fixtures.openWeekday(room, 24);
        long qihang = fixtures.organisation("QIHANG");
        BookingSummary booked = bookings.create(new BookingDraft(room.id(), at(day, "18:00"), at(day, "19:00"),
                "社区议事会", qihang, 15, null));
        open(Map.of("centre", Long.toString(room.centreId()), "view", "month",
                "date", day.toString(), "room", Long.toString(room.id())));
        var month = $(RoomMonthCalendar.class).single();

        assertThat(month.getElement().getOuterHTML()).contains("社区议事会");
        ComponentUtil.fireEvent(month, new BlockClickedEvent(month, true, Long.toString(booked.id())));
        assertThat($(Dialog.class).single().isOpened()).isTrue();
        assertThat($(TextField.class).id("booking-purpose").getValue()).isEqualTo("社区议事会");
    }

    private void open(Map<String, String> params) {
        navigate(CalendarView.class);
        com.vaadin.flow.component.UI.getCurrent().navigate("bookings/calendar",
                com.vaadin.flow.router.QueryParameters.simple(params));
    }
}
