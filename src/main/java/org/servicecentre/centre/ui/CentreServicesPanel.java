package org.servicecentre.centre.ui;

import com.vaadin.flow.component.Component;
import org.servicecentre.centre.CatalogueService;
import org.servicecentre.centre.CentreOfferService;
import org.servicecentre.centre.CentreSummary;
import org.springframework.core.annotation.Order;

/** The "services" tab of the centre page: what the centre offers from the catalogue, and when. */
@org.springframework.stereotype.Component
@Order(30)
class CentreServicesPanel implements CentrePanel {

    private final CentreOfferService offers;
    private final CatalogueService catalogue;

    CentreServicesPanel(CentreOfferService offers, CatalogueService catalogue) {
        this.offers = offers;
        this.catalogue = catalogue;
    }

    @Override
    public String id() {
        return "services";
    }

    @Override
    public String titleKey() {
        return "centre.tab.services";
    }

    @Override
    public Component create(CentreSummary centre, boolean editable) {
        return new CentreServicesTab(centre, editable, offers, catalogue);
    }
}
