package org.servicecentre.occupancy.publicpage;

import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.servicecentre.shared.ui.PublicFrame;

/** The frame of the public scoring pages, as the other public pages; the brand leads back to the list of centres. */
@AnonymousAllowed
class ScoreLayout extends PublicFrame {

    ScoreLayout() {
        super("score");
        addClassName("score-page");
    }
}
