package org.servicecentre.booking.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Function;
import org.servicecentre.booking.BookingSummary;
import org.servicecentre.shared.DomainException;
import org.servicecentre.shared.ui.DomainErrors;

/**
 * Asks a manager for the words that go with a decision on one request: an optional note when approving, a
 * required reason when declining (the requester reads it). The dialog stays open until the decision is made.
 */
class DecisionDialog extends Dialog {

    static final int NOTE_LENGTH = 500;

    private final TextArea text = new TextArea();
    private final boolean reasonRequired;
    private final Function<String, BookingSummary> decide;
    private final java.util.function.Consumer<BookingSummary> decided;

    private DecisionDialog(BookingSummary booking, boolean decline, Function<String, BookingSummary> decide,
                           java.util.function.Consumer<BookingSummary> decided) {
        this.reasonRequired = decline;
        this.decide = decide;
        this.decided = decided;
        setId(decline ? "decline-dialog" : "approve-dialog");
        addClassName("decision-dialog");
        setHeaderTitle(getTranslation(decline ? "approvals.decline.title" : "approvals.approve.title"));
        var what = new Paragraph(ApprovalTexts.title(this, booking) + " · " + booking.organisationName());
        what.addClassName("decision-booking");
        text.setId(decline ? "decline-reason" : "approve-note");
        text.setLabel(getTranslation(decline ? "approvals.decline.reason" : "approvals.approve.note"));
        text.setHelperText(getTranslation(decline ? "approvals.decline.reason.helper" : "approvals.approve.note.helper"));
        text.setMaxLength(NOTE_LENGTH);
        text.setRequiredIndicatorVisible(decline);
        text.setWidthFull();
        text.setMinHeight("6em");
        text.addValueChangeListener(e -> text.setInvalid(false));
        add(what, text);
        setWidth("34em");
        var cancel = new Button(getTranslation("form.cancel"), e -> close());
        cancel.setId("decision-cancel");
        var confirm = new Button(getTranslation(decline ? "approvals.decline" : "approvals.approve"), e -> confirm());
        confirm.setId("decision-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, decline ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_SUCCESS);
        getFooter().add(cancel, confirm);
        setCloseOnOutsideClick(false);
    }

    /** Opens the approval of one request; {@code decided} runs after the service accepted it. */
    static DecisionDialog approve(BookingSummary booking, Function<String, BookingSummary> approve,
                                  java.util.function.Consumer<BookingSummary> decided) {
        var dialog = new DecisionDialog(booking, false, approve, decided);
        dialog.open();
        return dialog;
    }

    static DecisionDialog decline(BookingSummary booking, Function<String, BookingSummary> decline,
                                  java.util.function.Consumer<BookingSummary> decided) {
        var dialog = new DecisionDialog(booking, true, decline, decided);
        dialog.open();
        return dialog;
    }

    private void confirm() {
        if (reasonRequired && text.getValue().isBlank()) {
            showError(getTranslation("approvals.decline.reason.required"));
            text.focus();
            return;
        }
        var result = DomainErrors.attempt(() -> {
            try {
                return decide.apply(text.getValue());
            } catch (DomainException e) {
                if (!"BOOKING_DECLINE_REASON_REQUIRED".equals(e.code())) {
                    throw e;
                }
                showError(DomainErrors.message(e));
                return null;
            }
        });
        if (result != null) {
            close();
            decided.accept(result);
        }
    }

    private void showError(String message) {
        text.setErrorMessage(message);
        text.setInvalid(true);
    }
}
