package org.servicecentre.booking.ui.calendar;

import com.vaadin.flow.component.Component;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/** The calendars' words, dates and times in the viewer's language. */
final class CalendarTexts {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private final Component component;

    CalendarTexts(Component component) {
        this.component = component;
    }

    String weekday(DayOfWeek day) {
        return component.getTranslation("calendar.weekday." + day.getValue());
    }

    /** E.g. "11月24日" or "24 Nov". */
    String date(LocalDate date) {
        return component.getTranslation("calendar.date", date.getMonthValue(), date.getDayOfMonth(),
                component.getTranslation("calendar.month." + date.getMonthValue()));
    }

    String hour(int hour) {
        return component.getTranslation("calendar.hour", String.format("%02d", hour));
    }

    /** "09:00–10:30"; an end at the next midnight reads 24:00. */
    String range(LocalDateTime start, LocalDateTime end) {
        String to = end.toLocalTime().equals(LocalTime.MIDNIGHT) && end.toLocalDate().isAfter(start.toLocalDate())
                ? "24:00" : CLOCK.format(end);
        return component.getTranslation("calendar.range", CLOCK.format(start), to);
    }

    String time(LocalDateTime time) {
        return CLOCK.format(time);
    }

    String more(int count) {
        return component.getTranslation("calendar.more", count);
    }

    String closed() {
        return component.getTranslation("calendar.closed");
    }

    String mine() {
        return component.getTranslation("calendar.mine");
    }

    String today() {
        return component.getTranslation("calendar.today");
    }

    String noRooms() {
        return component.getTranslation("calendar.no-rooms");
    }
}
