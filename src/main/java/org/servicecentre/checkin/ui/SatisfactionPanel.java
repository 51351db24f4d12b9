package org.servicecentre.checkin.ui;

import com.vaadin.flow.component.Component;
import java.time.Clock;
import org.servicecentre.centre.CentreSummary;
import org.servicecentre.centre.ui.CentrePanel;
import org.servicecentre.checkin.FeedbackService;
import org.springframework.core.annotation.Order;

/** The "satisfaction" tab of the centre page. */
@org.springframework.stereotype.Component
@Order(70)
class SatisfactionPanel implements CentrePanel {

    private final FeedbackService feedback;
    private final Clock clock;

    SatisfactionPanel(FeedbackService feedback, Clock clock) {
        this.feedback = feedback;
        this.clock = clock;
    }

    @Override
    public String id() {
        return "satisfaction";
    }

    @Override
    public String titleKey() {
        return "centre.feedback.tab";
    }

    @Override
    public Component create(CentreSummary centre, boolean editable) {
        return new SatisfactionTab(feedback, centre, clock);
    }
}
