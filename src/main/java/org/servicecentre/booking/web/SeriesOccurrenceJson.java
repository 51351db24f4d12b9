package org.servicecentre.booking.web;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Locale;
import org.servicecentre.booking.OccurrencePreview;
import org.servicecentre.shared.TranslationProvider;

/** One occurrence of a series: bookable, or a conflict with its code and the reason in the client's language. */
record SeriesOccurrenceJson(OffsetDateTime start, OffsetDateTime end, boolean conflict, String code, String reason) {

    static SeriesOccurrenceJson of(OccurrencePreview o, ZoneId zone, TranslationProvider translations, Locale locale) {
        return new SeriesOccurrenceJson(o.start().atZone(zone).toOffsetDateTime(), o.end().atZone(zone).toOffsetDateTime(),
                !o.ok(), o.problemCode(), o.ok() ? null
                : translations.translate(locale, o.translationKey(), o.problemArguments().toArray()));
    }
}
