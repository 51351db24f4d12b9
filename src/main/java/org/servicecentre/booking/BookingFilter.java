package org.servicecentre.booking;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/** What a booking list is narrowed to; every part is optional. No statuses given means all of them. */
public record BookingFilter(Long centreId, Long roomId, Long organisationId, Set<BookingStatus> statuses,
                            Instant from, Instant to, String text) {

    public BookingFilter {
        statuses = statuses == null || statuses.isEmpty() ? EnumSet.allOf(BookingStatus.class) : Set.copyOf(statuses);
        text = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
    }

    public static BookingFilter upcoming(Instant now) {
        return new BookingFilter(null, null, null, null, now, null, "");
    }
}
