package org.servicecentre.programme.ui;

import java.time.Clock;
import org.servicecentre.booking.BookingQueries;
import org.servicecentre.centre.CentreService;
import org.servicecentre.centre.RoomService;
import org.servicecentre.programme.ProgrammeSummary;
import org.servicecentre.programme.SessionService;
import org.springframework.stereotype.Component;

/** Builds the sessions section of a programme's page and its add-sessions dialog with the services they call. */
@Component
class SessionsPanels {

    private final SessionService sessions;
    private final CentreService centres;
    private final RoomService rooms;
    private final BookingQueries bookings;
    private final Clock clock;

    SessionsPanels(SessionService sessions, CentreService centres, RoomService rooms, BookingQueries bookings,
                   Clock clock) {
        this.sessions = sessions;
        this.centres = centres;
        this.rooms = rooms;
        this.bookings = bookings;
        this.clock = clock;
    }

    SessionsPanel create(ProgrammeSummary programme) {
        return new SessionsPanel(sessions, programme, clock, onAdded -> addDialog(programme, onAdded));
    }

    AddSessionsDialog addDialog(ProgrammeSummary programme, Runnable onAdded) {
        return new AddSessionsDialog(kind -> switch (kind) {
            case ROOM -> new RoomSessionForm(sessions, centres, rooms, programme, false, clock);
            case WEEKLY -> new RoomSessionForm(sessions, centres, rooms, programme, true, clock);
            case BOOKING -> new BookingSessionForm(sessions, bookings, programme, clock);
            case OUTSIDE -> new OutsideSessionForm(sessions, programme, clock);
        }, onAdded);
    }
}
