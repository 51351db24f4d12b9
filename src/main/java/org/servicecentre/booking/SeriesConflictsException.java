package org.servicecentre.booking;

import org.servicecentre.shared.DomainException;

/**
 * {@code SERIES_HAS_CONFLICTS}: a series asked to fail on conflicts has {@code count} of {@code total} occurrences
 * that cannot be booked, so nothing was written. Its own type so that the API can answer 409.
 */
public class SeriesConflictsException extends DomainException {

    public SeriesConflictsException(int count, int total) {
        super("SERIES_HAS_CONFLICTS", count, total);
    }
}
