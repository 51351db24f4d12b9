package org.servicecentre.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/** The one way screens ask before destroying or archiving something: a cancellable dialog with a red confirm button. */
public final class Confirmations {

    private Confirmations() {
    }

    /** Opens the question; {@code action} runs only when the user confirms. Texts are already translated. */
    public static ConfirmDialog destructive(String header, String text, String confirmText, Runnable action) {
        var dialog = new ConfirmDialog(header, text, confirmText, e -> action.run());
        dialog.setCancelable(true);
        dialog.setCancelText(UI.getCurrent().getTranslation("form.cancel"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
        return dialog;
    }
}
