package org.servicecentre.booking.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.servicecentre.booking.BookingStatus;

/** How booking screens write dates, times and statuses: in the centre's zone, in the user's language. */
final class BookingTexts {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private BookingTexts() {
    }

    /** "2026-12-01 周二" or "Tue 1 Dec 2026". */
    static String date(Component context, LocalDate date) {
        return DateTimeFormatter.ofPattern(context.getTranslation("booking.format.date"), locale()).format(date);
    }

    /** The date and "14:00–16:00" in the zone; a range over midnight names its last day too. */
    static String when(Component context, Instant start, Instant end, ZoneId zone) {
        var from = start.atZone(zone);
        var to = end.atZone(zone);
        var last = from.toLocalDate().equals(to.toLocalDate()) ? "" : date(context, to.toLocalDate()) + " ";
        return date(context, from.toLocalDate()) + " " + TIME.format(from) + "–" + last + TIME.format(to);
    }

    /** "14:02". */
    static String time(java.time.temporal.TemporalAccessor time) {
        return TIME.format(time);
    }

    /** A coloured badge with the translated status; the CSS class is {@code status-<name>}. */
    static Span status(Component context, BookingStatus status) {
        var badge = badge(context.getTranslation("booking.status." + status.name().toLowerCase(Locale.ROOT)));
        badge.addClassName("status-" + status.name().toLowerCase(Locale.ROOT));
        return badge;
    }

    static Span badge(String translatedText, String... classNames) {
        var badge = new Span(translatedText);
        badge.addClassName("badge");
        badge.addClassNames(classNames);
        return badge;
    }

    /** The current user's language; Chinese outside a request (the default language). */
    static Locale locale() {
        var ui = UI.getCurrent();
        return ui == null || ui.getLocale() == null ? Locale.SIMPLIFIED_CHINESE : ui.getLocale();
    }
}
