package org.servicecentre.centre.ui;

import java.time.DayOfWeek;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.servicecentre.centre.OfferingSummary;

/** How a weekly slot reads on screen: "14:00–17:00", and the key of a weekday's short name. */
final class OfferingText {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private OfferingText() {
    }

    static String times(OfferingSummary slot) {
        return TIME.format(slot.start()) + "–" + TIME.format(slot.end());
    }

    static String dayKey(DayOfWeek day) {
        return "offerings.day." + day.name().toLowerCase(Locale.ROOT);
    }
}
