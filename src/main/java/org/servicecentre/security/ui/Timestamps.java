package org.servicecentre.security.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Shows instants the same way on every account screen: in China's time zone, to the minute (or second). */
final class Timestamps {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private Timestamps() {
    }

    static String format(Instant instant, Locale locale) {
        return FORMAT.withLocale(locale).withZone(ZONE).format(instant);
    }

    /** To the second, written the way the reader's language writes dates (2026年11月24日 08:39:01, Nov 24, 2026, …). */
    static String precise(Instant instant, Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale).withZone(ZONE)
                .format(instant);
    }
}
