package org.servicecentre.programme.publicpage;

import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.servicecentre.shared.ui.PublicFrame;

/** The frame of the public programme pages (listing, sign-up, tickets); see {@link PublicFrame}. */
@AnonymousAllowed
class PublicLayout extends PublicFrame {

    PublicLayout() {
        super(null);
    }
}
