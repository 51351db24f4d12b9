package org.servicecentre.booking.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Date and time pickers of the booking screens: dates and month names in the user's language, weeks from Monday,
 * times as 24-hour "14:30" in quarter-hour steps.
 */
final class BookingPickers {

    static final Duration STEP = Duration.ofMinutes(15);

    private BookingPickers() {
    }

    static DatePicker date(Component context, String labelKey) {
        var picker = new DatePicker(context.getTranslation(labelKey));
        var locale = BookingTexts.locale();
        picker.setLocale(locale);
        var i18n = new DatePicker.DatePickerI18n();
        i18n.setMonthNames(Arrays.stream(Month.values()).map(m -> m.getDisplayName(TextStyle.FULL_STANDALONE, locale))
                .toList());
        var week = List.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
        i18n.setWeekdays(week.stream().map(d -> d.getDisplayName(TextStyle.FULL, locale)).toList());
        i18n.setWeekdaysShort(week.stream().map(d -> d.getDisplayName(TextStyle.SHORT, locale)).toList());
        i18n.setFirstDayOfWeek(1);
        i18n.setToday(context.getTranslation("hours.picker.today"));
        i18n.setCancel(context.getTranslation("form.cancel"));
        i18n.setDateFormat(context.getTranslation("hours.picker.format"));
        i18n.setMinErrorMessage(context.getTranslation("search.date.past"));
        i18n.setBadInputErrorMessage(context.getTranslation("search.date.bad"));
        picker.setI18n(i18n);
        return picker;
    }

    static TimePicker time(Component context, String labelKey) {
        var picker = new TimePicker(context.getTranslation(labelKey));
        picker.setStep(STEP);
        picker.setLocale(Locale.UK);
        var i18n = new TimePicker.TimePickerI18n();
        i18n.setBadInputErrorMessage(context.getTranslation("search.time.bad"));
        picker.setI18n(i18n);
        return picker;
    }
}
