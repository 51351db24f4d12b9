package org.servicecentre.centre.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.servicecentre.centre.TimeRange;
import org.servicecentre.shared.Languages;

/** How the hours tab and its dialogs write dates, weekdays and ranges in the user's language. */
final class HoursTexts {

    private HoursTexts() {
    }

    static String date(Component context, LocalDate date) {
        return DateTimeFormatter.ofPattern(context.getTranslation("hours.date.format"), locale()).format(date);
    }

    static String dates(Component context, LocalDate first, LocalDate last) {
        return first.equals(last) ? date(context, first)
                : context.getTranslation("hours.date.range", date(context, first), date(context, last));
    }

    static String day(Component context, DayOfWeek day) {
        return context.getTranslation("hours.day." + day.getValue());
    }

    static String ranges(Component context, List<TimeRange> ranges) {
        return ranges.stream().map(TimeRange::text)
                .collect(Collectors.joining(context.getTranslation("hours.list.separator")));
    }

    static Locale locale() {
        var ui = UI.getCurrent();
        return ui == null ? Languages.CHINESE : ui.getLocale();
    }

    /** A date picker that writes dates and month names in the user's language and starts weeks on Monday. */
    static DatePicker datePicker(Component context, String labelKey) {
        return org.servicecentre.shared.ui.DatePickers.localised(context, labelKey);
    }
}
