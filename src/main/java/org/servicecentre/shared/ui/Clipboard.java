package org.servicecentre.shared.ui;

import com.vaadin.flow.component.Component;

/** Copies a text from a field to the user's clipboard and says whether it worked. */
public final class Clipboard {

    /** The Clipboard API where the page is a secure context, else the selected field and the old copy command. */
    private static final String COPY = """
            const text = $0;
            const input = this.inputElement;
            if (navigator.clipboard && window.isSecureContext) {
              return navigator.clipboard.writeText(text).then(() => true, () => false);
            }
            input.focus();
            input.select();
            try { return document.execCommand('copy'); } catch (e) { return false; }
            """;

    private Clipboard() {
    }

    /** {@code field} is the text field or area showing {@code text}; the messages are already translated. */
    public static void copy(Component field, String text, String copied, String failed) {
        field.getElement().executeJs(COPY, text).then(Boolean.class, done -> {
            if (Boolean.TRUE.equals(done)) {
                Notifications.success(copied);
            } else {
                Notifications.error(failed);
            }
        }, failure -> Notifications.error(failed));
    }
}
