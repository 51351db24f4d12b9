package org.servicecentre.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.servicecentre.shared.DomainException;
import org.servicecentre.shared.ui.DomainErrors;
import org.servicecentre.shared.ui.Notifications;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The last word on a failure no view handled: the user gets a translated message instead of a silent button, and
 * the failure is logged. What the user typed stays where it was.
 */
@Component
class UnexpectedErrors implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(UnexpectedErrors.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this::handle));
    }

    private void handle(ErrorEvent event) {
        var failure = rootDomainOrSecurityFailure(event.getThrowable());
        var ui = UI.getCurrent();
        if (failure instanceof DomainException domain) {
            if (ui != null) {
                Notifications.error(DomainErrors.message(domain));
            }
            return;
        }
        if (failure instanceof AccessDeniedException) {
            if (ui != null) {
                Notifications.error(ui.getTranslation("error.access_denied"));
            }
            return;
        }
        log.error("Unexpected failure in the UI", event.getThrowable());
        if (ui != null) {
            Notifications.error(ui.getTranslation("error.unexpected"));
        }
    }

    private static Throwable rootDomainOrSecurityFailure(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof DomainException || cause instanceof AccessDeniedException) {
                return cause;
            }
        }
        return thrown;
    }
}
