package org.servicecentre.centre;

import java.time.DayOfWeek;
import java.time.LocalTime;

/** One weekly slot of a service at a centre, with the item (and its catalogue path) and the delivering organisation. */
public record OfferingSummary(long id, long centreId, String centreName, CatalogueEntrySummary item,
                              long organisationId, String organisationName, DayOfWeek weekday, LocalTime start,
                              LocalTime end, String note, boolean active) {
}
