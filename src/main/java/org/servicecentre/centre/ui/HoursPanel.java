package org.servicecentre.centre.ui;

import com.vaadin.flow.component.Component;
import java.time.Clock;
import org.servicecentre.centre.CentreSummary;
import org.servicecentre.centre.OpeningHoursService;
import org.springframework.core.annotation.Order;

/** The "hours and closures" tab of the centre page. */
@org.springframework.stereotype.Component
@Order(20)
class HoursPanel implements CentrePanel {

    private final OpeningHoursService hours;
    private final Clock clock;

    HoursPanel(OpeningHoursService hours, Clock clock) {
        this.hours = hours;
        this.clock = clock;
    }

    @Override
    public String id() {
        return "hours";
    }

    @Override
    public String titleKey() {
        return "centre.tab.hours";
    }

    @Override
    public Component create(CentreSummary centre, boolean editable) {
        return new HoursTab(hours, centre, editable, clock);
    }
}
