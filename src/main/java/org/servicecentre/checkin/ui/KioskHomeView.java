package org.servicecentre.checkin.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.servicecentre.checkin.KioskService;

/**
 * PLACEHOLDER landing of a paired kiosk, for the pairing groundwork only: the centre's name, which kiosk this is, and
 * that the check-in screen comes next. The check-in screen of issue 6 replaces it at this route.
 */
@Route(value = "kiosk", layout = KioskLayout.class)
@RolesAllowed("KIOSK")
class KioskHomeView extends Div implements HasDynamicTitle {

    private final String centreName;

    KioskHomeView(KioskService kiosks) {
        addClassName("kiosk-home");
        var kiosk = kiosks.me();
        centreName = kiosk.centreName();
        var icon = VaadinIcon.CHECK_CIRCLE.create();
        icon.addClassName("kiosk-home-icon");
        var centre = new H1(kiosk.centreName());
        centre.setId("kiosk-centre");
        var which = new Paragraph(getTranslation("kiosk.home.which", kiosk.name(), kiosk.code()));
        which.addClassName("kiosk-hint");
        var next = new Paragraph(getTranslation("kiosk.home.next"));
        next.setId("kiosk-next");
        next.addClassName("kiosk-home-next");
        add(icon, centre, which, next);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("kiosk.home.title", centreName);
    }
}
