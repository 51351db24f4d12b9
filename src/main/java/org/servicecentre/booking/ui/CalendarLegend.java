package org.servicecentre.booking.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** What the colours of the calendar mean. */
class CalendarLegend extends Div {

    CalendarLegend() {
        addClassName("booking-calendar-legend");
        item("confirmed", "booking.status.confirmed");
        item("requested", "booking.status.requested");
        item("busy", "bookingCalendar.busy");
        item("mine", "bookingCalendar.legend.mine");
        item("closed", "bookingCalendar.legend.closed");
        var hint = new Span(getTranslation("bookingCalendar.hint"));
        hint.addClassName("booking-calendar-hint");
        add(hint);
    }

    private void item(String style, String key) {
        var swatch = new Span();
        swatch.addClassNames("booking-calendar-swatch", "booking-calendar-swatch-" + style);
        var entry = new Span(swatch, new Span(getTranslation(key)));
        entry.addClassName("booking-calendar-legend-item");
        add(entry);
    }
}
