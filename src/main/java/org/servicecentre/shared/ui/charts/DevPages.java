package org.servicecentre.shared.ui.charts;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Registers the developers' sample pages ({@link ChartSampleView}) when {@code servicecentre.dev-pages.enabled=true}:
 * the tests set it, and a developer may (`--servicecentre.dev-pages.enabled=true`); production never does.
 */
@Component
@ConditionalOnProperty("servicecentre.dev-pages.enabled")
class DevPages implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        var registry = ApplicationRouteRegistry.getInstance(event.getSource().getContext());
        RouteConfiguration.forRegistry(registry).setAnnotatedRoute(ChartSampleView.class);
    }
}
