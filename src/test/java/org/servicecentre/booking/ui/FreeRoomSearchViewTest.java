package org.servicecentre.booking.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicecentre.booking.BookingFixtures.at;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.servicecentre.ServiceCentreTest;
import org.servicecentre.booking.BookingFilter;
import org.servicecentre.booking.BookingFixtures;
import org.servicecentre.booking.BookingQueries;
import org.servicecentre.booking.BookingService;
import org.servicecentre.booking.BookingStatus;
import org.servicecentre.booking.BookingSummary;
import org.servicecentre.centre.CentreSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** Finding a free room and booking it from its card, as NGO staff; officers only look. */
@ServiceCentreTest
class FreeRoomSearchViewTest extends SpringBrowserlessTest {

    @Autowired
    BookingFixtures fixtures;

    @Autowired
    BookingQueries queries;

    @Autowired
    BookingService bookings;

    @Test
    @WithUserDetails("ngo")
    void findsAFreeRoomAndBookingItFromItsCardConfirmsTheBooking() {
        var room = fixtures.room(12, 0, false);
        var day = fixtures.openWeekday(room, 20);
        navigate(FreeRoomSearchView.class);

        searchInGxq(day, "14:00", "16:00", 12);
        assertThat($(Span.class).id("search-count").getText()).contains("个活动室空闲");
        test($(Button.class).id("book-room-" + room.id())).click();
        assertThat(field("booking-attendance", IntegerField.class).getValue()).isEqualTo(12);
        test($(TextField.class).id("booking-purpose")).setValue("四点半课堂");
        test($(Button.class).id("booking-submit")).click();

        assertThat($(Dialog.class).all()).isEmpty();
        var booked = queries.list(new BookingFilter(null, room.id(), null, null, null, null, ""), 0, 10);
        assertThat(booked).extracting(BookingSummary::status, BookingSummary::purpose, BookingSummary::start)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(BookingStatus.CONFIRMED, "四点半课堂",
                        at(day, "14:00")));
        assertThat($(Div.class).withId("room-card-" + room.id()).exists())
                .as("the booked room is no longer free after the search ran again").isFalse();
    }

    @Test
    @WithUserDetails("ngo")
    void aSlotTakenMeanwhileShowsTheTranslatedConflictAndKeepsTheDialogOpen() {
        var room = fixtures.room(20, 0, false);
        var day = fixtures.openWeekday(room, 21);
        navigate(FreeRoomSearchView.class);
        searchInGxq(day, "10:00", "12:00", null);
        test($(Button.class).id("book-room-" + room.id())).click();
        // someone else books the same room while the dialog is open
        fixtures.as("manager", () -> bookings.create(new org.servicecentre.booking.BookingDraft(room.id(),
                at(day, "11:00"), at(day, "13:00"), "党支部组织生活会", fixtures.organisation("QIHANG"), 10, null)));

        test($(TextField.class).id("booking-purpose")).setValue("长者茶话会");
        test(field("booking-attendance", IntegerField.class)).setValue(15);
        test($(Button.class).id("booking-submit")).click();

        assertThat($(Dialog.class).single().isOpened()).isTrue();
        assertThat($(Div.class).id("booking-refusal").getText())
                .isEqualTo("该时段已被占用：" + day + " 11:00–13:00（含准备和整理时间），请换个时间或活动室。");
        assertThat($(TextField.class).id("booking-purpose").getValue()).isEqualTo("长者茶话会");
    }

    @Test
    @WithUserDetails("ngo")
    void marksAnEndBeforeTheStartNextToTheFieldAndDoesNotSearch() {
        navigate(FreeRoomSearchView.class);

        test(field("search-start", TimePicker.class)).setValue(LocalTime.of(15, 0));
        test(field("search-end", TimePicker.class)).setValue(LocalTime.of(14, 0));
        test($(Button.class).id("search-submit")).click();

        assertThat(field("search-end", TimePicker.class).isInvalid()).isTrue();
        assertThat(field("search-end", TimePicker.class).getErrorMessage()).isEqualTo("结束时间要晚于开始时间");
        assertThat($(Span.class).withId("search-count").exists()).isFalse();
    }

    @Test
    @WithUserDetails("officer")
    void anOfficerSeesFreeRoomsButNoBookButton() {
        var room = fixtures.room(8, 0, false);
        var day = fixtures.openWeekday(room, 22);
        navigate(FreeRoomSearchView.class);

        searchInGxq(day, "15:00", "16:00", null);

        assertThat($(Div.class).withId("room-card-" + room.id()).exists()).isTrue();
        assertThat($(Button.class).withClassName("room-card-book").all()).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private void searchInGxq(LocalDate day, String from, String to, Integer people) {
        test(field("search-date", DatePicker.class)).setValue(day);
        test(field("search-start", TimePicker.class)).setValue(LocalTime.parse(from));
        test(field("search-end", TimePicker.class)).setValue(LocalTime.parse(to));
        if (people != null) {
            test(field("search-people", IntegerField.class)).setValue(people);
        }
        var centre = (ComboBox<CentreSummary>) $(ComboBox.class).id("search-centre");
        test(centre).selectItem("高新区社区党群服务中心");
        test($(Button.class).id("search-submit")).click();
    }

    private <T extends com.vaadin.flow.component.Component> T field(String id, Class<T> type) {
        return $(type).id(id);
    }

}
