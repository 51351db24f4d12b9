package org.servicecentre.programme.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import org.servicecentre.programme.SessionSummary;
import org.servicecentre.shared.ui.DomainErrors;
import org.servicecentre.shared.ui.Notifications;

/** Asks before cancelling a session, with the reason its registrants will be told (required). */
class CancelSessionDialog extends Dialog {

    private final TextArea reason = new TextArea();

    CancelSessionDialog(SessionSummary session, Consumer<String> cancel, Runnable onCancelled) {
        setId("cancel-session-dialog");
        setHeaderTitle(getTranslation("programmes.session.cancel.header"));
        setWidth("min(32rem, 96vw)");
        var text = new Paragraph(getTranslation("programmes.session.cancel.text",
                ProgrammeTexts.when(this, session.start(), session.end(), session.zone()), session.place(),
                session.registered() + session.waitlisted()));
        reason.setLabel(getTranslation("programmes.session.cancel.reason"));
        reason.setId("cancel-session-reason");
        reason.setRequiredIndicatorVisible(true);
        reason.setMaxLength(500);
        reason.setWidthFull();
        add(text, reason);
        var back = new Button(getTranslation("programmes.session.cancel.back"), e -> close());
        back.setId("cancel-session-back");
        var confirm = new Button(getTranslation("programmes.session.cancel.confirm"), e -> {
            if (reason.getValue().isBlank()) {
                reason.setErrorMessage(getTranslation("form.required"));
                reason.setInvalid(true);
                return;
            }
            if (DomainErrors.attempt(() -> cancel.accept(reason.getValue().strip()))) {
                Notifications.success(getTranslation("programmes.session.cancelled"));
                close();
                onCancelled.run();
            }
        });
        confirm.setId("cancel-session-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        getFooter().add(back, confirm);
    }
}
