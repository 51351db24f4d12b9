package org.servicecentre.checkin.ui;

import com.vaadin.flow.component.Component;
import org.servicecentre.centre.CentreSummary;
import org.servicecentre.centre.ui.CentrePanel;
import org.servicecentre.checkin.KioskService;
import org.springframework.core.annotation.Order;

/** The "kiosks" tab of the centre page. */
@org.springframework.stereotype.Component
@Order(60)
class KiosksPanel implements CentrePanel {

    private final KioskService kiosks;

    KiosksPanel(KioskService kiosks) {
        this.kiosks = kiosks;
    }

    @Override
    public String id() {
        return "kiosks";
    }

    @Override
    public String titleKey() {
        return "kiosk.tab";
    }

    @Override
    public Component create(CentreSummary centre, boolean editable) {
        return new KiosksTab(kiosks, centre, editable);
    }
}
