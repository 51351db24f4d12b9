package org.servicecentre.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Locale;
import org.servicecentre.security.CurrentUser;
import org.servicecentre.security.Role;
import org.servicecentre.security.Scope;
import org.servicecentre.shared.Languages;
import org.servicecentre.shared.ui.LanguageCookie;
import org.springframework.stereotype.Component;

/**
 * Chooses each page's language: the signed-in user's saved choice, else the one picked on the login page,
 * else Simplified Chinese. The browser's language is deliberately not used: shared office and kiosk browsers are
 * often set to English, and the product speaks Chinese first.
 */
@Component
class LocaleSetup implements VaadinServiceInitListener {

    private final CurrentUser currentUser;

    LocaleSetup(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().setLocale(chooseFor(VaadinRequest.getCurrent())));
    }

    private Locale chooseFor(VaadinRequest request) {
        // a kiosk has no saved language of its own: the language cookie (or Chinese) decides
        return currentUser.find().filter(scope -> !scope.is(Role.KIOSK)).map(Scope::locale)
                .or(() -> LanguageCookie.read(request))
                .orElse(Languages.CHINESE);
    }
}
