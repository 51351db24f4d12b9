package org.servicecentre.ui;

import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Locale;
import org.servicecentre.shared.Languages;
import org.servicecentre.shared.TranslationProvider;
import org.springframework.stereotype.Component;

/** Vaadin's own messages (session expired, connection lost, internal error) in the user's language. */
@Component
class SystemMessagesSetup implements VaadinServiceInitListener {

    private final TranslationProvider translations;

    SystemMessagesSetup(TranslationProvider translations) {
        this.translations = translations;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().setSystemMessagesProvider(info -> messagesFor(
                info.getLocale() == null ? Languages.CHINESE : info.getLocale()));
    }

    private CustomizedSystemMessages messagesFor(Locale locale) {
        var messages = new CustomizedSystemMessages();
        messages.setSessionExpiredCaption(text(locale, "system.session-expired.caption"));
        messages.setSessionExpiredMessage(text(locale, "system.session-expired.message"));
        messages.setSessionExpiredNotificationEnabled(true);
        messages.setSyncErrorCaption(text(locale, "system.sync-error.caption"));
        messages.setSyncErrorMessage(text(locale, "system.sync-error.message"));
        messages.setInternalErrorCaption(text(locale, "system.internal-error.caption"));
        messages.setInternalErrorMessage(text(locale, "system.internal-error.message"));
        messages.setCookiesDisabledCaption(text(locale, "system.cookies-disabled.caption"));
        messages.setCookiesDisabledMessage(text(locale, "system.cookies-disabled.message"));
        return messages;
    }

    private String text(Locale locale, String key) {
        return translations.translate(locale, key);
    }
}
