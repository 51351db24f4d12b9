package org.servicecentre.checkin.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** The frame of the kiosk screens: the whole screen, no menu, no account, large type, high contrast. */
@AnonymousAllowed
class KioskLayout extends Div implements RouterLayout {

    KioskLayout() {
        addClassName("kiosk-screen");
    }

    @Override
    public void showRouterLayoutContent(HasElement view) {
        getElement().removeAllChildren();
        if (view != null) {
            getElement().appendChild(view.getElement());
        }
    }
}
