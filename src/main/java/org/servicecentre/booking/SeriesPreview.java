package org.servicecentre.booking;

import java.time.ZoneId;
import java.util.List;

/** Every occurrence a series would have, in order, each bookable or with the reason it is not. */
public record SeriesPreview(long roomId, String roomName, long centreId, ZoneId zone, RecurrenceRule rule,
                            List<OccurrencePreview> occurrences) {

    public SeriesPreview {
        occurrences = List.copyOf(occurrences);
    }

    public int total() {
        return occurrences.size();
    }

    public int problemCount() {
        return (int) occurrences.stream().filter(o -> !o.ok()).count();
    }

    public int bookableCount() {
        return total() - problemCount();
    }
}
