package org.servicecentre.programme.web;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.servicecentre.booking.OccurrencePreview;
import org.servicecentre.shared.TranslationProvider;

/** What adding a series did: the sessions held, and the occurrences skipped with the reason in the client's language. */
record SessionSeriesResponse(List<SessionResponse> created, List<Skipped> skipped) {

    /** An occurrence that could not be booked: its times, the code and the reason. */
    record Skipped(OffsetDateTime start, OffsetDateTime end, String code, String reason) {

        static Skipped of(OccurrencePreview o, ZoneId zone, TranslationProvider translations, Locale locale) {
            return new Skipped(o.start().atZone(zone).toOffsetDateTime(), o.end().atZone(zone).toOffsetDateTime(),
                    o.problemCode(), o.ok() ? null
                    : translations.translate(locale, o.translationKey(), o.problemArguments().toArray()));
        }
    }
}
