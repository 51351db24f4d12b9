package org.servicecentre.shared.ui;

import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.formlayout.FormLayout.ResponsiveStep;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.servicecentre.shared.DomainException;

/**
 * A dialog around a form bound to a draft: save and cancel, a message next to each bad field, and service
 * refusals shown next to the field they concern (or as a message). A refused save keeps the dialog open with
 * what the user typed. Subclasses add their fields to {@link #form()} and bind them with {@link #binder()}.
 */
public class FormDialog<D> extends Dialog {

    private final BeanValidationBinder<D> binder;
    private final FormLayout form = new FormLayout();
    private final Button save = new Button(getTranslation("form.save"), e -> save());
    private final Button cancel = new Button(getTranslation("form.cancel"), e -> close());
    private final Map<String, HasValidation> fieldsByErrorCode = new HashMap<>();
    private D draft;
    private Consumer<D> action = d -> { };
    private Predicate<D> needsConfirmation = d -> false;
    private ConfirmDialog confirmation;

    public FormDialog(Class<D> draftType) {
        binder = new BeanValidationBinder<>(draftType);
        addClassName("form-dialog");
        form.setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("480px", 2));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("form-save");
        cancel.setId("form-cancel");
        add(form);
        getFooter().add(cancel, save);
        // a stray click next to the dialog must not throw away what the user typed
        setCloseOnOutsideClick(false);
    }

    public BeanValidationBinder<D> binder() {
        return binder;
    }

    public FormLayout form() {
        return form;
    }

    /** Shows a service refusal with this code (e.g. {@code DUPLICATE_CODE}) next to the field, not in a message. */
    public void showErrorOn(String errorCode, HasValidation field) {
        fieldsByErrorCode.put(errorCode, field);
    }

    /**
     * Asks before saving when the edited draft meets the condition, e.g. when an active centre is being switched off.
     * All texts are already translated.
     */
    public void confirmBeforeSaving(Predicate<D> condition, String header, String text, String confirmText) {
        this.needsConfirmation = condition;
        this.confirmation = new ConfirmDialog(header, text, confirmText, e -> apply());
        confirmation.setCancelable(true);
        confirmation.setCancelText(getTranslation("form.cancel"));
        confirmation.setConfirmButtonTheme("error primary");
    }

    /** Opens the dialog with the draft's values; Save runs the action and closes the dialog only if it succeeds. */
    public void edit(D draftToEdit, Consumer<D> saveAction) {
        this.draft = draftToEdit;
        this.action = saveAction;
        binder.readBean(draftToEdit);
        open();
    }

    /** Opens the dialog to look at the draft only: every field read-only, one button to close. */
    public void show(D draftToShow) {
        this.draft = draftToShow;
        binder.readBean(draftToShow);
        binder.setReadOnly(true);
        // what a viewer cannot change needs no "required" marks nor hints on how to fill it in
        binder.getFields().forEach(field -> {
            field.setRequiredIndicatorVisible(false);
            if (field instanceof HasHelper helped) {
                helped.setHelperText(null);
            }
        });
        save.setVisible(false);
        cancel.setText(getTranslation("form.close"));
        open();
    }

    private void save() {
        if (!binder.validate().isOk() || !binder.writeBeanIfValid(draft)) {
            return;
        }
        if (confirmation != null && needsConfirmation.test(draft)) {
            confirmation.open();
            return;
        }
        apply();
    }

    private void apply() {
        Boolean saved = DomainErrors.attempt(() -> {
            try {
                action.accept(draft);
                return Boolean.TRUE;
            } catch (DomainException e) {
                var field = fieldsByErrorCode.get(e.code());
                if (field == null) {
                    throw e;
                }
                field.setErrorMessage(DomainErrors.message(e));
                field.setInvalid(true);
                return Boolean.FALSE;
            }
        });
        if (Boolean.TRUE.equals(saved)) {
            close();
        }
    }
}
