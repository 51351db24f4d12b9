package org.servicecentre.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.util.function.Consumer;
import org.servicecentre.security.ApiTokenService;
import org.servicecentre.security.IssuedToken;
import org.servicecentre.shared.DomainException;
import org.servicecentre.shared.ui.DomainErrors;

/** Asks for a new token's name and validity, creates it, and hands the issued token on to be shown once. */
class TokenCreateDialog extends Dialog {

    /** How long a new token lasts; null days means until revoked. */
    enum Validity {
        DAYS_30(30), DAYS_90(90), DAYS_365(365), NEVER(null);

        final Integer days;

        Validity(Integer days) {
            this.days = days;
        }

        Duration duration() {
            return days == null ? null : Duration.ofDays(days);
        }
    }

    private static final int MAX_NAME = 100;

    private final ApiTokenService tokens;
    private final Consumer<IssuedToken> onIssued;
    private final TextField name = new TextField();
    private final Select<Validity> validity = new Select<>();

    TokenCreateDialog(ApiTokenService tokens, Consumer<IssuedToken> onIssued) {
        this.tokens = tokens;
        this.onIssued = onIssued;
        setHeaderTitle(getTranslation("tokens.create.title"));
        setWidth("min(480px, 95vw)");
        setCloseOnOutsideClick(false);

        name.setLabel(getTranslation("tokens.field.name"));
        name.setHelperText(getTranslation("tokens.field.name.help"));
        name.setRequiredIndicatorVisible(true);
        name.setManualValidation(true);
        name.setMaxLength(MAX_NAME);
        name.setId("token-name");
        name.addValueChangeListener(e -> name.setInvalid(false));
        validity.setLabel(getTranslation("tokens.field.validity"));
        validity.setItems(Validity.values());
        validity.setItemLabelGenerator(v -> v.days == null ? getTranslation("tokens.validity.never")
                : getTranslation("tokens.validity.days", v.days));
        validity.setValue(Validity.DAYS_90);
        validity.setId("token-validity");
        var form = new FormLayout(name, validity);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);

        var cancel = new Button(getTranslation("tokens.cancel"), e -> close());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var create = new Button(getTranslation("tokens.create.confirm"), e -> create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("confirm-create-token");
        getFooter().add(cancel, create);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                name.focus();
            }
        });
    }

    private void create() {
        if (name.getValue().isBlank()) {
            name.setErrorMessage(getTranslation("error.token_name_invalid", MAX_NAME));
            name.setInvalid(true);
            return;
        }
        IssuedToken issued = DomainErrors.attempt(() -> {
            try {
                return tokens.create(name.getValue(), validity.getValue().duration());
            } catch (DomainException e) {
                if (!"TOKEN_NAME_INVALID".equals(e.code())) {
                    throw e;
                }
                name.setErrorMessage(DomainErrors.message(e));
                name.setInvalid(true);
                return null;
            }
        });
        if (issued != null) {
            close();
            onIssued.accept(issued);
        }
    }
}
