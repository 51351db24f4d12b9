package org.servicecentre.security;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Keeps a paired kiosk on the kiosk screens: views open to "every signed-in user" ({@code @PermitAll}) are meant for
 * people, so a device principal is refused on any route outside {@code kiosk/…}, whatever the view allows.
 */
@Component
class DeviceRouteGuard implements VaadinServiceInitListener {

    static final String KIOSK_ROUTES = "kiosk";

    private final CurrentUser currentUser;

    DeviceRouteGuard(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(this::check));
    }

    void check(BeforeEnterEvent event) {
        if (currentUser.device().isPresent() && !allowsDevice(event.getLocation().getPath())) {
            // as Vaadin does for people, a refused route looks like one that does not exist
            event.rerouteToError(NotFoundException.class);
        }
    }

    /** Whether a device may open the route at this path: the kiosk screens only. */
    static boolean allowsDevice(String path) {
        return path.equals(KIOSK_ROUTES) || path.startsWith(KIOSK_ROUTES + "/");
    }
}
