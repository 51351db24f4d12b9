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
            if (params.length == 0) {
                return pattern;
            }
            Object[] shown = new Object[params.length];
            for (int i = 0; i < params.length; i++) {
                shown[i] = switch (params[i]) {
                    case Enum<?> value -> getTranslation(keyOf(value), locale);
                    case Term term -> getTranslation(term.key(), locale);
                    case null, default -> params[i];
                };
            }
            return new MessageFormat(pattern, locale).format(shown);
        } catch (MissingResourceException e) {
            return "!" + key;
        }
    }

    /** Translates outside a UI, e.g. for API problem details. */
    public String translate(Locale locale, String key, Object... params) {
        return getTranslation(key, locale, params);
    }

    /**
     * The key of an enum value as screens show it: the type's name split into words, then the value, e.g.
     * {@code RegionLevel.SHEQU} becomes {@code region.level.shequ}. Domain exceptions pass enums as arguments,
     * so their messages read "社区" rather than "SHEQU".
     */
    public static String keyOf(Enum<?> value) {
        String words = value.getDeclaringClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1.$2");
        return words.toLowerCase(Locale.ROOT) + "." + value.name().toLowerCase(Locale.ROOT);
    }

    private static Locale supported(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? Languages.ENGLISH : Languages.CHINESE;
    }
}
