package org.servicecentre.booking.ui.calendar;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import java.time.LocalDateTime;

/** The user picked a free time in a room: dragged across it, or clicked for a one-hour slot. */
public class SlotSelectedEvent extends ComponentEvent<Component> {

    private final String columnId;
    private final LocalDateTime start;
    private final LocalDateTime end;

    public SlotSelectedEvent(Component source, boolean fromClient, String columnId, LocalDateTime start,
            LocalDateTime end) {
        super(source, fromClient);
        this.columnId = columnId;
        this.start = start;
        this.end = end;
    }

    /** The {@link CalendarColumn#id()} of the room. */
    public String getColumnId() {
        return columnId;
    }

    /** First moment, inclusive, on a quarter hour. */
    public LocalDateTime getStart() {
        return start;
    }

    /** Last moment, exclusive, on a quarter hour. */
    public LocalDateTime getEnd() {
        return end;
    }
}
