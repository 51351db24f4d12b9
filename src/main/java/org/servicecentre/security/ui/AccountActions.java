package org.servicecentre.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.servicecentre.security.AccountService;
import org.servicecentre.security.AccountSummary;
import org.servicecentre.shared.ui.Confirmations;
import org.servicecentre.shared.ui.DomainErrors;
import org.servicecentre.shared.ui.Notifications;

/** What an administrator can do to an account besides editing it: disable or enable it, reset its password. */
class AccountActions {

    private final AccountService accounts;
    private final AccountSummary account;
    private final Runnable onChange;

    AccountActions(AccountService accounts, AccountSummary account, Runnable onChange) {
        this.accounts = accounts;
        this.account = account;
        this.onChange = onChange;
    }

    /** Disables an enabled account (after a confirmation) or enables a disabled one. */
    Button toggleButton(boolean isSelf) {
        if (!account.enabled()) {
            var enable = new Button(translate("users.action.enable"), VaadinIcon.CHECK_CIRCLE_O.create(), e -> enable());
            enable.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            enable.setId("enable-user");
            return enable;
        }
        var disable = new Button(translate("users.action.disable"), VaadinIcon.BAN.create(), e -> confirmDisable());
        disable.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        disable.setId("disable-user");
        if (isSelf) {
            disable.setEnabled(false);
            disable.setTooltipText(translate("error.cannot_disable_self"));
        }
        return disable;
    }

    Button resetButton() {
        var reset = new Button(translate("users.action.reset-password"), VaadinIcon.KEY_O.create(), e -> confirmReset());
        reset.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        reset.setId("reset-password");
        return reset;
    }

    private void confirmDisable() {
        Confirmations.destructive(translate("users.disable.title", account.displayName()),
                translate("users.disable.text", account.displayName(), account.username()),
                translate("users.disable.confirm"), this::disable).setId("confirm-disable");
    }

    private void disable() {
        if (DomainErrors.attempt(() -> accounts.disable(account.id()))) {
            Notifications.success(translate("users.disabled", account.displayName()));
            onChange.run();
        }
    }

    private void enable() {
        if (DomainErrors.attempt(() -> accounts.enable(account.id()))) {
            Notifications.success(translate("users.enabled", account.displayName()));
            onChange.run();
        }
    }

    private void confirmReset() {
        var dialog = new ConfirmDialog(
                translate("users.reset.title", account.displayName()),
                translate("users.reset.text"),
                translate("users.reset.confirm"), e -> reset());
        dialog.setCancelable(true);
        dialog.setCancelText(translate("users.form.cancel"));
        dialog.setId("confirm-reset");
        dialog.open();
    }

    private void reset() {
        String temporary = DomainErrors.attempt(() -> accounts.resetPassword(account.id()));
        if (temporary != null) {
            onChange.run();
            var shown = new OneTimeSecretDialog(translate("users.reset.done-title", account.displayName()),
                    translate("users.reset.done-text", account.displayName(), account.username()), temporary);
            shown.setId("temporary-password");
            shown.open();
        }
    }

    private static String translate(String key, Object... arguments) {
        return UI.getCurrent().getTranslation(key, arguments);
    }
}
