package org.servicecentre.notification.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.UI;

/** Fired on the UI when the user read messages, so the bell counts again at once instead of at its next poll. */
class InboxChanged extends ComponentEvent<UI> {

    InboxChanged(UI ui) {
        super(ui, false);
    }

    static void fire(UI ui) {
        com.vaadin.flow.component.ComponentUtil.fireEvent(ui, new InboxChanged(ui));
    }
}
