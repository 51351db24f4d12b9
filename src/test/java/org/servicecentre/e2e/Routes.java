package org.servicecentre.e2e;

import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import org.springframework.web.context.WebApplicationContext;

/** Asks the running app which routes it has, for screenshots of screens that other work adds. */
final class Routes {

    private Routes() {
    }

    static boolean exist(WebApplicationContext context, String path) {
        var registry = ApplicationRouteRegistry.getInstance(new VaadinServletContext(context.getServletContext()));
        return registry.getNavigationTarget(path).isPresent();
    }
}
