package org.servicecentre.booking.ui;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.servicecentre.booking.BookingSeriesService;
import org.servicecentre.booking.SeriesResult;
import org.servicecentre.centre.CentreService;
import org.servicecentre.centre.RoomSummary;
import org.servicecentre.organisation.OrganisationService;
import org.servicecentre.organisation.OrganisationSummary;
import org.servicecentre.security.CurrentUser;
import org.servicecentre.security.Role;
import org.springframework.stereotype.Component;

/**
 * Opens the series dialog from any booking screen: inject it and call {@link #open} with the room and the first
 * occurrence; the callback gets what was booked after the dialog closes.
 */
@Component
class SeriesDialogs {

    private final BookingSeriesService series;
    private final CentreService centres;
    private final OrganisationService organisations;
    private final CurrentUser currentUser;

    SeriesDialogs(BookingSeriesService series, CentreService centres, OrganisationService organisations,
                  CurrentUser currentUser) {
        this.series = series;
        this.centres = centres;
        this.organisations = organisations;
        this.currentUser = currentUser;
    }

    /** Opens the dialog for the room, repeating the first occurrence [firstStart, firstEnd). */
    SeriesDialog open(RoomSummary room, Instant firstStart, Instant firstEnd, Consumer<SeriesResult> onBooked) {
        var dialog = create(room, firstStart, firstEnd, onBooked);
        dialog.open();
        return dialog;
    }

    /**
     * Opens the dialog prefilled with a pattern chosen elsewhere (the free-room search) and the purpose and attendance
     * already typed; any of them may be null.
     */
    SeriesDialog open(RoomSummary room, Instant firstStart, Instant firstEnd, RecurrenceField.Choices pattern,
                      String purpose, Integer attendance, Consumer<SeriesResult> onBooked) {
        var dialog = create(room, firstStart, firstEnd, onBooked);
        dialog.prefill(pattern, purpose, attendance);
        dialog.open();
        return dialog;
    }

    /** The dialog, not yet open. */
    SeriesDialog create(RoomSummary room, Instant firstStart, Instant firstEnd, Consumer<SeriesResult> onBooked) {
        var zone = centres.get(room.centreId()).timeZone();
        return new SeriesDialog(series, room, zone, firstStart, firstEnd, bookableFor(), onBooked);
    }

    /** NGO staff book for their own organisation; managers and admins pick one. */
    private List<OrganisationSummary> bookableFor() {
        return currentUser.scope().is(Role.NGO_STAFF) ? List.of() : organisations.list("", null, 0, 500);
    }
}
