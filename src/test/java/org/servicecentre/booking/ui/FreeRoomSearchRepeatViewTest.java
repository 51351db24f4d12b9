package org.servicecentre.booking.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicecentre.booking.BookingFixtures.at;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.servicecentre.ServiceCentreTest;
import org.servicecentre.booking.BookingDraft;
import org.servicecentre.booking.BookingFilter;
import org.servicecentre.booking.BookingFixtures;
import org.servicecentre.booking.BookingQueries;
import org.servicecentre.booking.BookingService;
import org.servicecentre.booking.BookingSummary;
import org.servicecentre.centre.CentreSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** Searching by a repeat pattern: rooms free at every occurrence, and booking the series from a card. */
@ServiceCentreTest
class FreeRoomSearchRepeatViewTest extends SpringBrowserlessTest {

    @Autowired
    BookingFixtures fixtures;

    @Autowired
    BookingService bookings;

    @Autowired
    BookingQueries queries;

    @Test
    @WithUserDetails("ngo")
    void listsOnlyRoomsFreeAtEveryOccurrenceAndBooksTheSeriesFromTheCard() {
        var free = fixtures.room(14, 0, false);
        var takenOnce = fixtures.room(14, 0, false);
        var day = fixtures.openWeekday(free, 12, 3);
        var second = day.plusWeeks(1);
        fixtures.as("manager", () -> bookings.create(new BookingDraft(takenOnce.id(), at(second, "13:00"),
                at(second, "15:00"), "党课", fixtures.organisation("YH-VOL"), 10, null)));
        navigate(FreeRoomSearchView.class);

        searchInGxq(day, 14, day.getDayOfWeek(), 3);

        assertThat($(Span.class).id("search-count").getText()).contains("个活动室这 3 次都空闲");
        assertThat($(Div.class).withId("room-card-" + free.id()).exists()).isTrue();
        assertThat($(Div.class).withId("room-card-" + takenOnce.id()).exists())
                .as("taken at the second occurrence").isFalse();

        var book = $(Button.class).id("book-room-" + free.id());
        assertThat(book.getText()).isEqualTo("预约周期…");
        test(book).click();
        assertThat($(Span.class).id("series-description").getText()).endsWith("共3次");
        assertThat($(Span.class).id("series-summary").getText()).isEqualTo("共 3 次，全部可以预约");
        assertThat($(IntegerField.class).id("series-attendance").getValue()).isEqualTo(14);
        test($(TextField.class).id("series-purpose")).setValue("长者健康讲座");
        test($(Button.class).id("series-book")).click();

        var booked = queries.list(new BookingFilter(null, free.id(), null, null, null, null, ""), 0, 10);
        assertThat(booked).hasSize(3).allSatisfy(b -> assertThat(b.seriesId()).isNotNull())
                .extracting(BookingSummary::start)
                .containsExactly(at(day, "14:00"), at(second, "14:00"), at(day.plusWeeks(2), "14:00"));
    }

    @Test
    @WithUserDetails("ngo")
    void aPatternWithTooManyOccurrencesIsRefusedNextToTheFieldAndNothingIsSearched() {
        navigate(FreeRoomSearchView.class);
        var day = LocalDate.now(BookingFixtures.SHANGHAI).plusDays(7);

        searchInGxq(day, 10, day.getDayOfWeek(), 201);

        assertThat($(Span.class).id("search-repeat-description").getText()).isEqualTo("重复次数太多：一个系列最多 200 次。请提前结束日期或减少次数。");
        assertThat($(Span.class).withId("search-count").exists()).isFalse();
    }

    @Test
    @WithUserDetails("ngo")
    @SuppressWarnings("unchecked")
    void withoutRepeatTheCardBooksOneSlot() {
        var room = fixtures.room(9, 0, false);
        var day = fixtures.openWeekday(room, 13);
        navigate(FreeRoomSearchView.class);
        test($(Checkbox.class).id("search-repeat")).click();
        test($(Checkbox.class).id("search-repeat")).click();
        test($(DatePicker.class).id("search-date")).setValue(day);
        test($(TimePicker.class).id("search-start")).setValue(LocalTime.of(14, 0));
        test($(TimePicker.class).id("search-end")).setValue(LocalTime.of(15, 0));
        test((ComboBox<CentreSummary>) $(ComboBox.class).id("search-centre")).selectItem("高新区社区党群服务中心");
        test($(Button.class).id("search-submit")).click();

        assertThat($(Span.class).id("search-count").getText()).doesNotContain("每次");
        assertThat($(Button.class).id("book-room-" + room.id()).getText()).isEqualTo("预约");
    }

    @SuppressWarnings("unchecked")
    private void searchInGxq(LocalDate day, int hour, DayOfWeek weekday, int times) {
        test($(DatePicker.class).id("search-date")).setValue(day);
        test($(TimePicker.class).id("search-start")).setValue(LocalTime.of(hour, 0));
        test($(TimePicker.class).id("search-end")).setValue(LocalTime.of(hour + 2, 0));
        test($(IntegerField.class).id("search-people")).setValue(14);
        test((ComboBox<CentreSummary>) $(ComboBox.class).id("search-centre")).selectItem("高新区社区党群服务中心");
        test($(Checkbox.class).id("search-repeat")).click();
        ((CheckboxGroup<DayOfWeek>) $(CheckboxGroup.class).id("search-repeat-days")).setValue(Set.of(weekday));
        ((RadioButtonGroup<RecurrenceField.End>) $(RadioButtonGroup.class).id("search-repeat-end"))
                .setValue(RecurrenceField.End.COUNT);
        test($(IntegerField.class).id("search-repeat-count")).setValue(times);
        test($(Button.class).id("search-submit")).click();
    }
}
