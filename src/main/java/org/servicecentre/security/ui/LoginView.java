package org.servicecentre.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.servicecentre.security.LoginBlockedException;
import org.servicecentre.shared.Languages;
import org.servicecentre.shared.ui.LanguageCookie;
import org.springframework.security.web.WebAttributes;

/** The sign-in page: product name, the sign-in form with clear messages, and a language switch. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();
    private final Paragraph signedOut = new Paragraph();

    LoginView() {
        addClassName("login-page");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(texts(null, null));

        var brand = new Div(new H1(getTranslation("app.name")), new Paragraph(getTranslation("login.tagline")));
        brand.addClassName("login-brand");
        var hint = new Paragraph(getTranslation("login.help"));
        hint.addClassName("login-help");
        signedOut.addClassName("login-notice");
        signedOut.setVisible(false);
        signedOut.setId("signed-out-notice");
        var card = new Div(brand, signedOut, form, hint, languageSwitch());
        card.addClassName("login-card");
        add(card);
    }

    private Button languageSwitch() {
        boolean english = Languages.ENGLISH.getLanguage().equals(getLocale().getLanguage());
        Locale other = english ? Languages.CHINESE : Languages.ENGLISH;
        var button = new Button(getTranslation("language.switch-to." + Languages.tagOf(other)), e -> {
            LanguageCookie.remember(other);
            VaadinSession.getCurrent().setLocale(other);
            UI.getCurrent().getPage().reload();
        });
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.setId("language-switch");
        return button;
    }

    private LoginI18n texts(String errorTitle, String errorMessage) {
        var i18n = LoginI18n.createDefault();
        var formTexts = i18n.getForm();
        formTexts.setTitle(getTranslation("login.title"));
        formTexts.setUsername(getTranslation("login.username"));
        formTexts.setPassword(getTranslation("login.password"));
        formTexts.setSubmit(getTranslation("login.submit"));
        var error = i18n.getErrorMessage();
        error.setTitle(errorTitle == null ? getTranslation("login.error.title") : errorTitle);
        error.setMessage(errorMessage == null ? getTranslation("login.error.message") : errorMessage);
        error.setUsername(getTranslation("login.error.username-required"));
        error.setPassword(getTranslation("login.error.password-required"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        if (parameters.containsKey("logout")) {
            signedOut.setText(getTranslation("login.signed-out"));
            signedOut.setVisible(true);
        }
        if (!parameters.containsKey("error")) {
            return;
        }
        var session = VaadinSession.getCurrent().getSession();
        Object failure = session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        if (failure instanceof LoginBlockedException blocked) {
            long minutes = Math.max(1, Duration.between(Instant.now(), blocked.until()).toMinutes() + 1);
            form.setI18n(texts(getTranslation("login.error.blocked.title"), getTranslation("login.error.blocked", minutes)));
        } else {
            form.setI18n(texts(null, null));
        }
        form.setError(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · " + getTranslation("app.name");
    }
}
