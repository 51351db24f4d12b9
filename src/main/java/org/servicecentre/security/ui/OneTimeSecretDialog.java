package org.servicecentre.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.servicecentre.shared.ui.Clipboard;

/**
 * Shows a secret (a temporary password or an API token) exactly once, selected and with a copy button:
 * it is not stored in clear anywhere, so closing this dialog is the last chance to take it.
 */
class OneTimeSecretDialog extends Dialog {

    /** Longer secrets (API tokens) get a smaller font so they fit without scrolling. */
    private static final int LONG_SECRET = 24;

    private final TextField field = new TextField();

    OneTimeSecretDialog(String title, String explanation, String secret) {
        setHeaderTitle(title);
        setCloseOnOutsideClick(false);
        addClassName("secret-dialog");
        setWidth("min(640px, 95vw)");

        var warningIcon = VaadinIcon.WARNING.create();
        warningIcon.addClassName("secret-warning-icon");
        var warning = new Div(warningIcon, new Paragraph(explanation));
        warning.addClassName("secret-warning");

        field.setValue(secret);
        field.setReadOnly(true);
        field.setAutoselect(true);
        field.setAriaLabel(title);
        field.addClassName("secret-field");
        if (secret.length() > LONG_SECRET) {
            field.addClassName("long");
        }
        var copy = new Button(getTranslation("secret.copy"), VaadinIcon.COPY_O.create(), e -> copy(secret));
        copy.setId("copy-secret");
        var row = new HorizontalLayout(field, copy);
        row.setWidthFull();
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        row.expand(field);

        add(warning, row);
        var done = new Button(getTranslation("secret.done"), e -> close());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        done.setId("secret-done");
        getFooter().add(done);
        field.addAttachListener(e -> field.getElement().executeJs(
                "setTimeout(() => { this.inputElement.focus(); this.inputElement.select(); }, 150)"));
    }

    String secret() {
        return field.getValue();
    }

    private void copy(String secret) {
        Clipboard.copy(field, secret, getTranslation("secret.copied"), getTranslation("secret.copy-failed"));
    }
}
