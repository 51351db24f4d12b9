package org.servicecentre.booking.ui.calendar;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** A room's name with its second line (e.g. "30人"), as a column or row heading. */
final class RoomLabel {

    private RoomLabel() {
    }

    static Div of(CalendarColumn column, String styleName) {
        var label = new Div();
        label.addClassNames("sc-cal-room", styleName);
        var title = new Span(column.title());
        title.addClassName("sc-cal-room-title");
        label.add(title);
        if (column.subtitle() != null && !column.subtitle().isBlank()) {
            var subtitle = new Span(column.subtitle());
            subtitle.addClassName("sc-cal-room-subtitle");
            label.add(subtitle);
        }
        label.getElement().setAttribute("title", column.subtitle() == null
                ? column.title() : column.title() + " · " + column.subtitle());
        return label;
    }
}
