package org.servicecentre.reminder;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.servicecentre.shared.TranslationProvider;

/**
 * A time as a message tells it, in the zone of the place and the recipient's language: "11月25日 星期三 14:00–16:00"
 * or "Wed 25 Nov, 14:00–16:00" ({@code end} may be null).
 */
public record Moment(Instant start, Instant end, ZoneId zone) {

    public String format(TranslationProvider translations, Locale locale) {
        var day = DateTimeFormatter.ofPattern(translations.translate(locale, "notify.format.when"), locale)
                .withZone(zone);
        if (end == null) {
            return day.format(start);
        }
        var time = DateTimeFormatter.ofPattern("HH:mm", locale).withZone(zone);
        return day.format(start) + "–" + time.format(end);
    }
}
