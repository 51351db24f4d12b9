package org.servicecentre.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.servicecentre.shared.Languages;

/** Date pickers that write dates, months and weekdays in the user's language and start weeks on Monday. */
public final class DatePickers {

    private DatePickers() {
    }

    public static DatePicker localised(Component context, String labelKey) {
        var picker = new DatePicker(context.getTranslation(labelKey));
        var locale = locale();
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
        picker.setI18n(i18n);
        return picker;
    }

    private static Locale locale() {
        var ui = UI.getCurrent();
        return ui == null || ui.getLocale() == null ? Languages.CHINESE : ui.getLocale();
    }
}
