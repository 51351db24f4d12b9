package org.servicecentre.programme;

import java.util.List;
import org.servicecentre.booking.OccurrencePreview;

/** What adding a series of sessions did: the sessions held, and the occurrences skipped with their reasons. */
public record SeriesSessions(List<SessionSummary> created, List<OccurrencePreview> skipped) {

    public SeriesSessions {
        created = List.copyOf(created);
        skipped = List.copyOf(skipped);
    }
}
