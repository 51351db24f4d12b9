package org.servicecentre.booking.ui.calendar;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** A closure (hatched, with its reason) or time outside opening hours (greyed) behind a room's blocks. */
final class ShadeStrip extends Div {

    ShadeStrip(CalendarShade shade, CalendarTexts texts, boolean showLabel) {
        addClassNames("sc-cal-shade", shade.isClosure() ? "sc-cal-shade--closed" : "sc-cal-shade--outside");
        if (shade.isClosure()) {
            String label = shade.label().isBlank() ? texts.closed() : shade.label();
            getElement().setAttribute("title", label);
            if (showLabel) {
                var text = new Span(label);
                text.addClassName("sc-cal-shade-label");
                add(text);
            }
        }
    }
}
