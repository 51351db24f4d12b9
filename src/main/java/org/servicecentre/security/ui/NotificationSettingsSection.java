package org.servicecentre.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import org.servicecentre.security.AccountContact;
import org.servicecentre.security.AccountService;
import org.servicecentre.shared.DomainException;
import org.servicecentre.shared.ui.DomainErrors;
import org.servicecentre.shared.ui.Notifications;

/**
 * The profile's notification settings: the e-mail address messages are also sent to, and whether the user wants the
 * non-essential ones (reminders, digests). Essential messages (a booking decided or cancelled) always arrive.
 */
class NotificationSettingsSection extends Div {

    private final AccountService accounts;
    private final TextField email = new TextField();
    private final Checkbox optional = new Checkbox();

    NotificationSettingsSection(AccountService accounts) {
        this.accounts = accounts;
        addClassNames("card", "profile-section", "contact-section");
        setId("contact-section");
        AccountContact contact = accounts.myContact();

        email.setLabel(getTranslation("contact.email"));
        email.setHelperText(getTranslation("contact.email.help"));
        email.setPlaceholder(getTranslation("contact.email.placeholder"));
        email.setPrefixComponent(VaadinIcon.ENVELOPE_O.create());
        email.setMaxLength(200);
        email.setClearButtonVisible(true);
        email.setValue(contact.email() == null ? "" : contact.email());
        email.setId("contact-email");
        email.addValueChangeListener(e -> email.setInvalid(false));

        optional.setLabel(getTranslation("contact.optional"));
        optional.setValue(contact.optionalMessages());
        optional.setId("contact-optional");
        var essential = new Paragraph(getTranslation("contact.optional.help"));
        essential.addClassName("profile-hint");
        essential.setId("contact-essential-hint");

        var save = new Button(getTranslation("contact.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("contact-save");

        var intro = new Paragraph(getTranslation("contact.intro"));
        intro.addClassName("profile-hint");
        var fields = new Div(email, optional, essential);
        fields.addClassName("contact-fields");
        add(new H3(getTranslation("contact.title")), intro, fields, save);
    }

    private void save() {
        boolean saved = DomainErrors.attempt(() -> {
            try {
                accounts.changeMyContact(email.getValue(), optional.getValue());
                return true;
            } catch (DomainException e) {
                if (!"ACCOUNT_EMAIL_INVALID".equals(e.code())) {
                    throw e;
                }
                email.setErrorMessage(DomainErrors.message(e));
                email.setInvalid(true);
                return false;
            }
        }) == Boolean.TRUE;
        if (saved) {
            email.setValue(email.getValue().strip());
            Notifications.success(getTranslation("contact.saved"));
        }
    }
}
