package org.servicecentre.booking.web;

import java.util.List;

/** What creating a series did: the series, the bookings made and the occurrences skipped with their reasons. */
record SeriesCreatedResponse(SeriesResponse series, List<SeriesBookingJson> created, List<SeriesOccurrenceJson> skipped) {
}
