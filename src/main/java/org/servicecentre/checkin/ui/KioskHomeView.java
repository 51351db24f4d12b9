package org.servicecentre.checkin.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.servicecentre.checkin.KioskService;
import org.servicecentre.security.CurrentUser;

/**
 * PLACEHOLDER landing of a paired kiosk, for the pairing groundwork only: the centre's name, which kiosk this is, and
 * that the check-in screen comes next. The check-in screen of issue 6 replaces it at this route.
 * <p>
 * Open to anyone so that a browser without a (valid) device token, e.g. a kiosk revoked a moment ago, is sent to
 * the pairing page rather than the staff sign-in; what it shows comes from {@link KioskService#me()}, which only a
 * kiosk may call.
 */
@Route(value = "kiosk", layout = KioskLayout.class)
@AnonymousAllowed
class KioskHomeView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final KioskService kiosks;
    private final CurrentUser currentUser;
    private String centreName = "";

    KioskHomeView(KioskService kiosks, CurrentUser currentUser) {
        this.kiosks = kiosks;
        this.currentUser = currentUser;
        addClassName("kiosk-home");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (currentUser.device().isEmpty()) {
            event.forwardTo(KioskPairView.class);
            return;
        }
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
        removeAll();
        add(icon, centre, which, next);
    }

    @Override
    public String getPageTitle() {
        return centreName.isEmpty() ? getTranslation("kiosk.pair.title") : getTranslation("kiosk.home.title", centreName);
    }
}
