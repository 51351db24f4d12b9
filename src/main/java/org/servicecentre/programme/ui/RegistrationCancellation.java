package org.servicecentre.programme.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.servicecentre.programme.RegistrationService;
import org.servicecentre.shared.ui.DomainErrors;
import org.servicecentre.shared.ui.Notifications;

/** Asks before staff cancel a registration, with an optional reason the resident reads on their ticket page. */
class RegistrationCancellation extends ConfirmDialog {

    private final TextField reason = new TextField();

    RegistrationCancellation(RegistrationService registrations, long registrationId, String resident,
                             Runnable onCancelled) {
        setHeader(getTranslation("attendance.cancel.title"));
        reason.setLabel(getTranslation("attendance.cancel.reason"));
        reason.setHelperText(getTranslation("attendance.cancel.reason.help"));
        reason.setMaxLength(200);
        reason.setWidthFull();
        reason.setId("cancel-reason");
        var body = new VerticalLayout(new Paragraph(getTranslation("attendance.cancel.text", resident)), reason);
        body.setPadding(false);
        setText(body);
        setCancelable(true);
        setCancelText(getTranslation("form.cancel"));
        setConfirmText(getTranslation("attendance.cancel.confirm"));
        setConfirmButtonTheme("error primary");
        setId("confirm-cancel-registration");
        addConfirmListener(e -> {
            var text = reason.getValue().isBlank() ? null : reason.getValue().strip();
            if (DomainErrors.attempt(() -> registrations.cancel(registrationId, text)) != null) {
                Notifications.success(getTranslation("attendance.cancel.done", resident));
                onCancelled.run();
            }
        });
    }
}
