package org.servicecentre.booking.ui.calendar;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import java.time.LocalDate;

/** The user clicked a day of the month view (outside its blocks). */
public class DayClickedEvent extends ComponentEvent<Component> {

    private final LocalDate date;

    public DayClickedEvent(Component source, boolean fromClient, LocalDate date) {
        super(source, fromClient);
        this.date = date;
    }

    public LocalDate getDate() {
        return date;
    }
}
