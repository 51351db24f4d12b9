package org.servicecentre.centre.ui;

import com.vaadin.flow.component.Component;
import org.servicecentre.centre.CentreSummary;

/**
 * One tab of the centre page. Each capability (rooms, hours, services …) contributes its own panel as a Spring
 * bean, ordered with {@code @Order}, so the page grows without every feature editing it.
 */
public interface CentrePanel {

    /** Short id used in the address ({@code ?tab=rooms}) and as the tab's element id suffix. */
    String id();

    /** Translation key of the tab label. */
    String titleKey();

    /** Builds the tab content for one centre; called in the UI thread, once per page visit. */
    Component create(CentreSummary centre, boolean editable);
}
