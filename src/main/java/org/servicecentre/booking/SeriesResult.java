package org.servicecentre.booking;

import java.util.List;

/** What creating a series did: the series, the bookings made, and the occurrences skipped with their reasons. */
public record SeriesResult(SeriesSummary series, List<BookingSummary> created, List<OccurrencePreview> skipped) {

    public SeriesResult {
        created = List.copyOf(created);
        skipped = List.copyOf(skipped);
    }
}
