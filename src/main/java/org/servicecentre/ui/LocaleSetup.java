package org.servicecentre.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Locale;
import org.servicecentre.security.CurrentUser;
import org.servicecentre.security.Scope;
import org.servicecentre.shared.Languages;
import org.servicecentre.shared.ui.LanguageCookie;
import org.springframework.stereotype.Component;

/**
 * Chooses each page's language: the signed-in user's saved choice, else the one picked on the login page,
 * else Chinese unless the browser asks for English.
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
        return currentUser.find().map(Scope::locale)
                .or(() -> LanguageCookie.read(request))
                .orElseGet(() -> request == null ? Languages.CHINESE : Languages.closest(
                        request.getLocale() == null ? null : request.getLocale().toLanguageTag()));
    }
}
