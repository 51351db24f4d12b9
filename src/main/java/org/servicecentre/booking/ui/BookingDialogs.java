package org.servicecentre.booking.ui;

import org.servicecentre.booking.BookingQueries;
import org.servicecentre.booking.BookingSeriesService;
import org.servicecentre.booking.BookingService;
import org.servicecentre.booking.BookingStarts;
import org.servicecentre.centre.CentreService;
import org.servicecentre.centre.RoomService;
import org.servicecentre.organisation.OrganisationService;
import org.servicecentre.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Makes the booking dialog for a view: inject it and call {@link #create} once, with what to run after a change. The
 * dialog gets every service it needs here, the series ones too (to change or cancel several occurrences, or to
 * turn a new booking into a series).
 */
@Component
class BookingDialogs {

    final BookingService bookings;
    final BookingStarts starts;
    final BookingQueries queries;
    final BookingSeriesService series;
    final SeriesDialogs seriesDialogs;
    final RoomService rooms;
    final CentreService centres;
    final OrganisationService organisations;
    final CurrentUser currentUser;

    BookingDialogs(BookingService bookings, BookingStarts starts, BookingQueries queries, BookingSeriesService series,
                   SeriesDialogs seriesDialogs, RoomService rooms, CentreService centres,
                   OrganisationService organisations, CurrentUser currentUser) {
        this.bookings = bookings;
        this.starts = starts;
        this.queries = queries;
        this.series = series;
        this.seriesDialogs = seriesDialogs;
        this.rooms = rooms;
        this.centres = centres;
        this.organisations = organisations;
        this.currentUser = currentUser;
    }

    /** A closed dialog; {@code onChanged} runs after every booking, change, cancellation or decision made in it. */
    BookingDialog create(Runnable onChanged) {
        return new BookingDialog(this, onChanged);
    }
}
