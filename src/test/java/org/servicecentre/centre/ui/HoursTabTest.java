package org.servicecentre.centre.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.servicecentre.ServiceCentreTest;
import org.servicecentre.centre.CentreService;
import org.servicecentre.centre.OpeningHoursService;
import org.servicecentre.security.SystemAuthentication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@ServiceCentreTest
class HoursTabTest extends SpringBrowserlessTest {

    @Autowired
    CentreService centres;

    @Autowired
    OpeningHoursService hours;

    @Test
    @WithUserDetails("manager")
    void showsTodayTheWeekAndTheComingClosures() {
        open("KJY");

        assertThat($(Span.class).from($(Div.class).id("hours-today")).single().getText()).startsWith("今天");
        assertThat($(Span.class).withClassName("hours-day").all()).extracting(Span::getText)
                .containsExactly("周一", "周二", "周三", "周四", "周五", "周六", "周日");
        assertThat($(Span.class).withClassName("hours-closed").all()).extracting(Span::getText).containsExactly("休息");
        assertThat(reasons()).contains("元旦假期闭馆", "邻里文化节，延长开放").doesNotContain("国庆假期闭馆");

        test($(com.vaadin.flow.component.checkbox.Checkbox.class).id("hours-show-past")).click();

        assertThat(reasons()).contains("国庆假期闭馆");
    }

    @Test
    @WithUserDetails("officer")
    void givesAnOfficerNothingToChange() {
        open("KJY");

        assertThat($(Button.class).all()).extracting(Button::getId)
                .noneMatch(id -> id.isPresent() && id.get().matches("edit-week|add-exception|add-closure"));
        assertThat($(Button.class).withClassName("hours-remove").all()).isEmpty();
        assertThat(reasons()).contains("元旦假期闭馆");
    }

    @Test
    @WithUserDetails("manager")
    void managerAddsAClosureAndRemovesItAfterConfirming() {
        String reason = "消防设施检测" + System.nanoTime();
        open("GXQ");

        test($(Button.class).id("add-closure")).click();
        $(DatePicker.class).id("closure-first").setValue(LocalDate.of(2031, 3, 10));
        $(DatePicker.class).id("closure-last").setValue(LocalDate.of(2031, 3, 11));
        test($(TextField.class).id("closure-reason")).setValue(reason);
        test($(Button.class).id("form-save")).click();

        assertThat($(Dialog.class).all()).isEmpty();
        assertThat(reasons()).contains(reason);

        var item = $(Div.class).withClassName("hours-item").all().stream()
                .filter(d -> $(Span.class).from(d).withText(reason).exists()).findFirst().orElseThrow();
        test($(Button.class).from(item).withClassName("hours-remove").single()).click();
        var confirm = $(ConfirmDialog.class).single();
        assertThat(confirm.isOpened()).isTrue();
        assertThat(reasons()).as("kept until confirmed").contains(reason);

        test(confirm).confirm();

        assertThat(reasons()).doesNotContain(reason);
    }

    @Test
    @WithUserDetails("manager")
    void refusesAClosureWhoseLastDayIsBeforeTheFirstNextToTheField() {
        open("GXQ");

        test($(Button.class).id("add-closure")).click();
        $(DatePicker.class).id("closure-first").setValue(LocalDate.of(2031, 3, 10));
        $(DatePicker.class).id("closure-last").setValue(LocalDate.of(2031, 3, 9));
        test($(TextField.class).id("closure-reason")).setValue("检修");
        test($(Button.class).id("form-save")).click();

        var last = $(DatePicker.class).id("closure-last");
        assertThat($(Dialog.class).single().isOpened()).isTrue();
        assertThat(last.isInvalid()).isTrue();
        assertThat(last.getErrorMessage()).isEqualTo("结束日期不能早于开始日期");
    }

    @Test
    @WithUserDetails("manager")
    void marksARangeThatEndsBeforeItStartsAndKeepsTheWeekUnchanged() {
        long gaoxin = idOf("GXQ");
        var before = hours.weeklyHours(gaoxin);
        open("GXQ");

        test($(Button.class).id("edit-week")).click();
        var monday = $(RangesField.class).id("ranges-monday");
        var pickers = $(TimePicker.class).from(monday).all();
        pickers.get(1).setValue(LocalTime.of(9, 0));
        test($(Button.class).id("form-save")).click();

        assertThat($(Dialog.class).single().isOpened()).isTrue();
        assertThat(pickers.get(1).isInvalid()).isTrue();
        assertThat(pickers.get(1).getErrorMessage()).isEqualTo("结束时间须晚于开始时间");
        assertThat(hours.weeklyHours(gaoxin)).isEqualTo(before);
    }

    @Test
    @WithUserDetails("manager")
    void savesTheWeekWithARangeAddedToAClosedDay() {
        long gaoxin = idOf("GXQ");
        var before = hours.weeklyHours(gaoxin);
        open("GXQ");
        try {
            test($(Button.class).id("edit-week")).click();
            var sunday = $(RangesField.class).id("ranges-sunday");
            $(TimePicker.class).from(sunday).all().forEach(p -> p.setValue(null));
            int existing = $(TimePicker.class).from(sunday).all().size();
            test($(Button.class).from(sunday).withClassName("ranges-add").single()).click();
            var pickers = $(TimePicker.class).from(sunday).all();
            pickers.get(existing).setValue(LocalTime.of(20, 0));
            pickers.get(existing + 1).setValue(LocalTime.MIDNIGHT);
            // leave only the new range on Sunday
            $(Button.class).from(sunday).withClassName("range-remove").all().stream().limit(existing / 2)
                    .forEach(b -> test(b).click());
            test($(Button.class).id("form-save")).click();

            assertThat($(Dialog.class).all()).isEmpty();
            assertThat(hours.weeklyHours(gaoxin).on(DayOfWeek.SUNDAY)).singleElement()
                    .satisfies(r -> assertThat(r.text()).isEqualTo("20:00–24:00"));
            assertThat(hours.weeklyHours(gaoxin).on(DayOfWeek.MONDAY)).isEqualTo(before.on(DayOfWeek.MONDAY));
        } finally {
            hours.replaceWeeklyHours(gaoxin, before);
        }
    }

    @Test
    @WithUserDetails("manager")
    void refusesSecondSpecialHoursOnTheSameDateNextToTheDate() {
        long keji = idOf("KJY");
        var taken = hours.exceptions(keji, false).getFirst().date();
        open("KJY");

        test($(Button.class).id("add-exception")).click();
        $(DatePicker.class).id("exception-date").setValue(taken);
        test($(TextField.class).id("exception-reason")).setValue("再加一次");
        test($(Button.class).id("form-save")).click();

        var date = $(DatePicker.class).id("exception-date");
        assertThat($(Dialog.class).single().isOpened()).isTrue();
        assertThat(date.isInvalid()).isTrue();
        assertThat(date.getErrorMessage()).contains("已有特别开放安排");
    }

    private void open(String code) {
        navigate("centres/" + idOf(code), CentreView.class);
        var tabs = $(com.vaadin.flow.component.tabs.TabSheet.class).id("centre-tabs");
        tabs.setSelectedTab($(com.vaadin.flow.component.tabs.Tab.class).id("tab-hours"));
    }

    private long idOf(String code) {
        return SystemAuthentication.asSystem(() -> centres.getByCode(code).id());
    }

    private java.util.List<String> reasons() {
        return $(Span.class).withClassName("hours-item-reason").all().stream().map(Span::getText).toList();
    }
}
