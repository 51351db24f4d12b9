package org.servicecentre.shared.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** Short, translated feedback after an action: green for done, red for refused. Callers pass translated text. */
public final class Notifications {

    private static final int SHORT = 3000;
    private static final int LONG = 6000;

    private Notifications() {
    }

    public static void success(String translatedText) {
        var notification = Notification.show(translatedText, SHORT, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    public static void error(String translatedText) {
        var notification = Notification.show(translatedText, LONG, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
