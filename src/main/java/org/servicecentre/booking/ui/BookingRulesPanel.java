package org.servicecentre.booking.ui;

import com.vaadin.flow.component.Component;
import org.servicecentre.booking.BookingRulesService;
import org.servicecentre.centre.CentreSummary;
import org.servicecentre.centre.ui.CentrePanel;
import org.springframework.core.annotation.Order;

/** The "booking rules" tab of the centre page. */
@org.springframework.stereotype.Component
@Order(50)
class BookingRulesPanel implements CentrePanel {

    private final BookingRulesService rules;

    BookingRulesPanel(BookingRulesService rules) {
        this.rules = rules;
    }

    @Override
    public String id() {
        return "booking-rules";
    }

    @Override
    public String titleKey() {
        return "centre.tab.bookingRules";
    }

    @Override
    public Component create(CentreSummary centre, boolean editable) {
        return new BookingRulesTab(rules, centre, editable);
    }
}
