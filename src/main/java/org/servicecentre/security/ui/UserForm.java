package org.servicecentre.security.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.servicecentre.security.AccountDraft;
import org.servicecentre.security.AccountService;
import org.servicecentre.security.AccountSummary;
import org.servicecentre.security.Role;
import org.servicecentre.security.ScopeTarget;
import org.servicecentre.security.ScopeTargets.Kind;
import org.servicecentre.shared.DomainException;
import org.servicecentre.shared.Languages;
import org.servicecentre.shared.ui.DomainErrors;
import org.servicecentre.shared.ui.Notifications;

/**
 * Creates or edits one account: name, role, the one scope field that role needs, language, and for a new
 * account its first password. A refused save keeps the dialog open with the message next to the field.
 */
class UserForm extends Dialog {

    private static final String USERNAME_PATTERN = "[a-zA-Z0-9._-]{3,64}";
    /** The service's own check (error.account_email_invalid), here too so a new account is not saved half-done. */
    private static final String EMAIL_PATTERN = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";

    private final AccountService accounts;
    private final AccountSummary existing;
    private final Runnable onChange;
    private final BeanValidationBinder<AccountDraft> binder = new BeanValidationBinder<>(AccountDraft.class);

    private final TextField username = new TextField();
    private final TextField displayName = new TextField();
    private final Select<Role> role = new Select<>();
    private final ComboBox<ScopeTarget> region = new ComboBox<>();
    private final MultiSelectComboBox<ScopeTarget> centres = new MultiSelectComboBox<>();
    private final ComboBox<ScopeTarget> organisation = new ComboBox<>();
    private final Select<Locale> language = new Select<>();
    private final PasswordField password = new PasswordField();
    private final TextField email = new TextField();

    /** {@code existing} null creates a new account; {@code onChange} runs after anything was saved. */
    UserForm(AccountService accounts, ScopeLabels scopes, AccountSummary existing, boolean editingSelf,
             Runnable onChange) {
        this.accounts = accounts;
        this.existing = existing;
        this.onChange = onChange;
        setHeaderTitle(existing == null ? getTranslation("users.form.new-title")
                : getTranslation("users.form.edit-title", existing.displayName()));
        setWidth("min(680px, 95vw)");
        setCloseOnOutsideClick(false);
        addClassName("user-form");

        configureFields(scopes);
        bind(scopes);
        var draft = existing == null ? new AccountDraft() : AccountDraft.of(existing);
        binder.readBean(draft);
        email.setValue(existing == null ? "" : nullToEmpty(accounts.contactOf(existing.id()).email()));
        showScopeFieldFor(draft.getRole());

        if (existing != null) {
            add(status(existing));
        }
        add(layout());
        footer(editingSelf);
    }

    private void configureFields(ScopeLabels scopes) {
        username.setLabel(getTranslation("users.field.username"));
        username.setHelperText(existing == null ? getTranslation("users.field.username.help") : null);
        username.setReadOnly(existing != null);
        username.setMaxLength(64);
        username.setId("username");
        displayName.setLabel(getTranslation("users.field.display-name"));
        displayName.setMaxLength(100);
        displayName.setId("display-name");

        role.setLabel(getTranslation("users.field.role"));
        role.setItems(Role.forPeople());
        role.setItemLabelGenerator(r -> getTranslation("role." + r.name().toLowerCase(Locale.ROOT)));
        role.setId("role");
        role.addValueChangeListener(e -> showScopeFieldFor(e.getValue()));

        region.setLabel(getTranslation("users.field.region"));
        region.setItems(scopes.of(Kind.REGION));
        region.setItemLabelGenerator(ScopeTarget::label);
        region.setHelperText(getTranslation("users.field.region.help"));
        region.setId("region");
        centres.setLabel(getTranslation("users.field.centres"));
        centres.setItems(scopes.of(Kind.CENTRE));
        centres.setItemLabelGenerator(ScopeTarget::label);
        centres.setHelperText(getTranslation("users.field.centres.help"));
        centres.setId("centres");
        organisation.setLabel(getTranslation("users.field.organisation"));
        organisation.setItems(scopes.of(Kind.ORGANISATION));
        organisation.setItemLabelGenerator(ScopeTarget::label);
        organisation.setId("organisation");
        region.setRequiredIndicatorVisible(true);
        centres.setRequiredIndicatorVisible(true);
        organisation.setRequiredIndicatorVisible(true);

        language.setLabel(getTranslation("users.field.language"));
        language.setItems(Languages.SUPPORTED);
        language.setItemLabelGenerator(l -> getTranslation("language." + Languages.tagOf(l)));
        language.setId("language");

        password.setLabel(getTranslation("users.field.password"));
        password.setHelperText(getTranslation("users.field.password.help", AccountService.MIN_PASSWORD_LENGTH));
        password.setRequiredIndicatorVisible(true);
        password.setManualValidation(true);
        password.setValueChangeMode(ValueChangeMode.ON_BLUR);
        password.addValueChangeListener(e -> checkPassword());
        password.setId("password");
        password.setVisible(existing == null);

        email.setLabel(getTranslation("contact.email"));
        email.setHelperText(getTranslation("contact.email.adminHelp"));
        email.setMaxLength(200);
        email.setId("email");
    }

    private void bind(ScopeLabels scopes) {
        binder.forField(username)
                .asRequired(getTranslation("users.error.username-required"))
                .withValidator(v -> v.trim().matches(USERNAME_PATTERN), getTranslation("users.error.username-format"))
                .bind("username");
        binder.forField(displayName)
                .asRequired(getTranslation("users.error.display-name-required"))
                .bind("displayName");
        binder.forField(role).asRequired(getTranslation("users.error.role-required")).bind("role");
        binder.forField(region)
                .withValidator(t -> t != null || role.getValue() != Role.REGION_OFFICER,
                        getTranslation("error.scope_region_required"))
                .withConverter(t -> t == null ? null : t.id(), id -> scopes.find(Kind.REGION, id).orElse(null))
                .bind(AccountDraft::getRegionId, AccountDraft::setRegionId);
        binder.forField(centres)
                .withValidator(set -> !set.isEmpty() || role.getValue() != Role.CENTRE_MANAGER,
                        getTranslation("error.scope_centres_required"))
                .withConverter(set -> set.stream().map(ScopeTarget::id).collect(Collectors.toSet()),
                        ids -> new HashSet<>(scopes.findAll(Kind.CENTRE, ids)))
                .bind(AccountDraft::getCentreIds, (draft, ids) -> draft.setCentreIds(Set.copyOf(ids)));
        binder.forField(organisation)
                .withValidator(t -> t != null || role.getValue() != Role.NGO_STAFF,
                        getTranslation("error.scope_organisation_required"))
                .withConverter(t -> t == null ? null : t.id(), id -> scopes.find(Kind.ORGANISATION, id).orElse(null))
                .bind(AccountDraft::getOrganisationId, AccountDraft::setOrganisationId);
        binder.forField(language).asRequired(getTranslation("users.error.language-required")).bind("language");
    }

    private FormLayout layout() {
        var form = new FormLayout(username, displayName, role, language, region, centres, organisation, email,
                password);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("480px", 2));
        form.setColspan(region, 2);
        form.setColspan(centres, 2);
        form.setColspan(organisation, 2);
        return form;
    }

    private Div status(AccountSummary account) {
        var badge = new Span(getTranslation(account.enabled() ? "users.status.enabled" : "users.status.disabled"));
        badge.addClassNames("badge", account.enabled() ? "success" : "muted");
        badge.setId("account-status");
        String created = Timestamps.format(account.createdAt(), getLocale());
        var facts = new Span(account.lastLoginAt() == null ? getTranslation("users.form.facts-never", created)
                : getTranslation("users.form.facts", created, Timestamps.format(account.lastLoginAt(), getLocale())));
        var status = new Div(badge, facts);
        status.addClassName("account-status");
        return status;
    }

    private void footer(boolean editingSelf) {
        if (existing != null) {
            var actions = new AccountActions(accounts, existing, () -> {
                close();
                onChange.run();
            });
            getFooter().add(actions.toggleButton(editingSelf), actions.resetButton());
            var spacer = new Div();
            spacer.addClassName("dialog-footer-spacer");
            getFooter().add(spacer);
        }
        var cancel = new Button(getTranslation("users.form.cancel"), e -> close());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var save = new Button(getTranslation(existing == null ? "users.form.create" : "users.form.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-user");
        getFooter().add(cancel, save);
    }

    private void showScopeFieldFor(Role chosen) {
        region.setVisible(ScopeLabels.needs(chosen, Kind.REGION));
        centres.setVisible(ScopeLabels.needs(chosen, Kind.CENTRE));
        organisation.setVisible(ScopeLabels.needs(chosen, Kind.ORGANISATION));
    }

    private boolean checkEmail() {
        String value = email.getValue().strip();
        boolean ok = value.isEmpty() || (value.length() <= 200 && value.matches(EMAIL_PATTERN));
        email.setErrorMessage(ok ? null : getTranslation("error.account_email_invalid"));
        email.setInvalid(!ok);
        return ok;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    private boolean checkPassword() {
        boolean strong = password.getValue().length() >= AccountService.MIN_PASSWORD_LENGTH;
        password.setErrorMessage(strong ? null
                : getTranslation("error.password_too_short", AccountService.MIN_PASSWORD_LENGTH));
        password.setInvalid(!strong);
        return strong;
    }

    private void save() {
        var draft = existing == null ? new AccountDraft() : AccountDraft.of(existing);
        boolean valid = binder.writeBeanIfValid(draft);
        boolean passwordOk = existing != null || checkPassword();
        if (!valid || !passwordOk || !checkEmail()) {
            return;
        }
        AccountSummary saved = attempt(() -> {
            var account = existing == null ? accounts.create(draft, password.getValue())
                    : accounts.update(existing.id(), draft);
            accounts.changeContact(account.id(), email.getValue(), accounts.contactOf(account.id()).optionalMessages());
            return account;
        });
        if (saved != null) {
            close();
            Notifications.success(getTranslation(existing == null ? "users.created" : "users.saved",
                    saved.displayName()));
            onChange.run();
        }
    }

    /** Runs the save; a refusal that belongs to one field is shown next to it, anything else as a message. */
    private AccountSummary attempt(Supplier<AccountSummary> call) {
        return DomainErrors.attempt(() -> {
            try {
                return call.get();
            } catch (DomainException e) {
                var field = fieldFor(e);
                if (field == null) {
                    throw e;
                }
                field.setErrorMessage(DomainErrors.message(e));
                field.setInvalid(true);
                return null;
            }
        });
    }

    private HasValidation fieldFor(DomainException e) {
        return switch (e.code()) {
            case "USERNAME_TAKEN", "USERNAME_IMMUTABLE" -> username;
            case "SCOPE_REGION_REQUIRED" -> region;
            case "SCOPE_CENTRES_REQUIRED" -> centres;
            case "SCOPE_ORGANISATION_REQUIRED" -> organisation;
            case "UNKNOWN_SCOPE" -> ScopeLabels.needs(role.getValue(), Kind.CENTRE) ? centres
                    : ScopeLabels.needs(role.getValue(), Kind.REGION) ? region : organisation;
            case "PASSWORD_TOO_SHORT" -> password;
            case "ACCOUNT_EMAIL_INVALID" -> email;
            case "CANNOT_DEMOTE_SELF", "ROLE_NOT_FOR_PEOPLE" -> role;
            default -> null;
        };
    }
}
