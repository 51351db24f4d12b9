package org.servicecentre.security.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.PasswordField;
import org.servicecentre.security.AccountService;
import org.servicecentre.shared.DomainException;
import org.servicecentre.shared.ui.DomainErrors;
import org.servicecentre.shared.ui.Notifications;

/** Lets the signed-in user replace their password: the current one, the new one twice. */
class PasswordChangeForm extends Composite<Div> {

    private final AccountService accounts;
    private final PasswordField current = new PasswordField();
    private final PasswordField replacement = new PasswordField();
    private final PasswordField repeat = new PasswordField();

    PasswordChangeForm(AccountService accounts) {
        this.accounts = accounts;
        current.setLabel(getTranslation("profile.password.current"));
        current.setId("current-password");
        replacement.setLabel(getTranslation("profile.password.new"));
        replacement.setHelperText(getTranslation("profile.password.new.help", AccountService.MIN_PASSWORD_LENGTH));
        replacement.setId("new-password");
        repeat.setLabel(getTranslation("profile.password.repeat"));
        repeat.setId("repeat-password");
        for (var field : new PasswordField[] {current, replacement, repeat}) {
            field.setRequiredIndicatorVisible(true);
            field.setManualValidation(true);
            field.addValueChangeListener(e -> field.setInvalid(false));
        }
        var change = new Button(getTranslation("profile.password.change"), e -> change());
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        change.setId("change-password");

        var form = new FormLayout(current, replacement, repeat);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setMaxWidth("24em");
        var root = getContent();
        root.add(new H3(getTranslation("profile.password.title")), form, change);
        root.addClassNames("card", "profile-section");
    }

    private void change() {
        if (!checked()) {
            return;
        }
        Boolean changed = DomainErrors.attempt(() -> {
            try {
                accounts.changeOwnPassword(current.getValue(), replacement.getValue());
                return Boolean.TRUE;
            } catch (DomainException e) {
                var field = switch (e.code()) {
                    case "WRONG_PASSWORD" -> current;
                    case "PASSWORD_TOO_SHORT" -> replacement;
                    default -> throw e;
                };
                invalid(field, DomainErrors.message(e));
                return Boolean.FALSE;
            }
        });
        if (Boolean.TRUE.equals(changed)) {
            current.clear();
            replacement.clear();
            repeat.clear();
            Notifications.success(getTranslation("profile.password.changed"));
        }
    }

    /** The checks the form can make before asking the server; the server checks again. */
    private boolean checked() {
        boolean ok = true;
        if (current.isEmpty()) {
            ok = invalid(current, getTranslation("profile.password.current-required"));
        }
        if (replacement.getValue().length() < AccountService.MIN_PASSWORD_LENGTH) {
            ok = invalid(replacement, getTranslation("error.password_too_short", AccountService.MIN_PASSWORD_LENGTH));
        }
        if (!repeat.getValue().equals(replacement.getValue())) {
            ok = invalid(repeat, getTranslation("profile.password.mismatch"));
        }
        return ok;
    }

    private static boolean invalid(PasswordField field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
        return false;
    }
}
