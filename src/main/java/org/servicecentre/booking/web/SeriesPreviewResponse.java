package org.servicecentre.booking.web;

import java.util.List;
import java.util.Locale;
import org.servicecentre.booking.Recurrences;
import org.servicecentre.booking.SeriesPreview;
import org.servicecentre.shared.TranslationProvider;

/** Every occurrence a series would have, in order, with how many cannot be booked and the rule in words. */
record SeriesPreviewResponse(long roomId, String roomName, String zone, String rrule, String description, int total,
                             int conflicts, List<SeriesOccurrenceJson> occurrences) {

    static SeriesPreviewResponse of(SeriesPreview p, TranslationProvider translations, Locale locale) {
        return new SeriesPreviewResponse(p.roomId(), p.roomName(), p.zone().getId(), p.rule().text(),
                Recurrences.describe(p.rule(), p.zone(), (key, args) -> translations.translate(locale, key, args)),
                p.total(), p.problemCount(), p.occurrences().stream()
                .map(o -> SeriesOccurrenceJson.of(o, p.zone(), translations, locale)).toList());
    }
}
