package org.servicecentre.shared;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.springframework.stereotype.Component;

/**
 * Reads every visible string from {@code vaadin-i18n/translations_*.properties}.
 * No fallback to the JVM's default locale: a Chinese user must never get English because the server runs in en_US.
 */
@Component
public class TranslationProvider implements I18NProvider {

    static final String BUNDLE = "vaadin-i18n/translations";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return Languages.SUPPORTED;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        var bundle = ResourceBundle.getBundle(BUNDLE, supported(locale), getClass().getClassLoader(), NO_FALLBACK);
        try {
            String pattern = bundle.getString(key);
            return params.length == 0 ? pattern : new MessageFormat(pattern, locale).format(params);
        } catch (MissingResourceException e) {
            return "!" + key;
        }
    }

    /** Translates outside a UI, e.g. for API problem details. */
    public String translate(Locale locale, String key, Object... params) {
        return getTranslation(key, locale, params);
    }

    private static Locale supported(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? Languages.ENGLISH : Languages.CHINESE;
    }
}
