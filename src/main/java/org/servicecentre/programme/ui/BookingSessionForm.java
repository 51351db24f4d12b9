package org.servicecentre.programme.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import org.servicecentre.booking.BookingFilter;
import org.servicecentre.booking.BookingQueries;
import org.servicecentre.booking.BookingStatus;
import org.servicecentre.booking.BookingSummary;
import org.servicecentre.programme.ProgrammeSummary;
import org.servicecentre.programme.SessionService;
import org.servicecentre.shared.ui.DomainErrors;

/** A session held in a booking the organisation already has (requested or confirmed, not yet over). */
class BookingSessionForm extends FormLayout implements SessionSource {

    private final SessionService sessions;
    private final ProgrammeSummary programme;
    private final ComboBox<BookingSummary> booking = new ComboBox<>();

    BookingSessionForm(SessionService sessions, BookingQueries bookings, ProgrammeSummary programme, Clock clock) {
        this.sessions = sessions;
        this.programme = programme;
        booking.setLabel(getTranslation("programmes.session.booking"));
        booking.setId("booking-choice");
        booking.setHelperText(getTranslation("programmes.session.booking.help"));
        booking.setRequiredIndicatorVisible(true);
        booking.setItems(query -> bookings.list(new BookingFilter(null, null, programme.organisationId(),
                        EnumSet.of(BookingStatus.REQUESTED, BookingStatus.CONFIRMED), clock.instant(), null,
                        query.getFilter().orElse("")), query.getOffset(), query.getLimit()).stream());
        booking.setItemLabelGenerator(b -> ProgrammeTexts.when(this, b.start(), b.end(), b.zone()) + " · "
                + b.centreName() + " · " + b.roomName() + " · " + b.purpose());
        booking.setWidthFull();
        add(booking);
    }

    @Override
    public Component component() {
        return this;
    }

    @Override
    public Added add() {
        if (!SessionFields.filled(booking)) {
            return null;
        }
        var added = DomainErrors.attempt(() -> sessions.addFromBooking(programme.id(), booking.getValue().id()));
        return added == null ? null : new Added(1, List.of(), false);
    }
}
