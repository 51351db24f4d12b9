package org.servicecentre.booking.web;

import java.util.List;

/** The bookings a scoped change or cancellation applied to, in order. */
record OccurrencesResponse(List<SeriesBookingJson> bookings) {
}
