package org.servicecentre.shared.ui;

import com.vaadin.flow.component.UI;
import jakarta.validation.ConstraintViolationException;
import java.util.function.Supplier;
import org.servicecentre.shared.DomainException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/**
 * Runs a service call from a view and turns the failures a user can cause into a translated message, so a view
 * never shows a stack trace and never loses what the user typed.
 */
public final class DomainErrors {

    private DomainErrors() {
    }

    /** The translated message for a domain failure, in the current UI's language. */
    public static String message(DomainException e) {
        return UI.getCurrent().getTranslation(e.translationKey(), e.arguments());
    }

    /** Runs the call; on a failure the user can cause, shows it and returns {@code false}. */
    public static boolean attempt(Runnable call) {
        return attempt(() -> {
            call.run();
            return Boolean.TRUE;
        }) != null;
    }

    /** Runs the call and returns its result; on a failure the user can cause, shows it and returns {@code null}. */
    public static <T> T attempt(Supplier<T> call) {
        try {
            return call.get();
        } catch (DomainException e) {
            Notifications.error(message(e));
        } catch (AccessDeniedException e) {
            Notifications.error(UI.getCurrent().getTranslation("error.access_denied"));
        } catch (ConstraintViolationException e) {
            Notifications.error(UI.getCurrent().getTranslation("error.validation"));
        } catch (DataIntegrityViolationException | OptimisticLockingFailureException e) {
            // a race the service's own checks could not see (same code created at the same moment, stale edit)
            Notifications.error(UI.getCurrent().getTranslation("error.conflict"));
        }
        return null;
    }
}
