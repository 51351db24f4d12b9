package org.servicecentre.notification;

import java.util.List;
import java.util.Locale;
import org.servicecentre.shared.TranslationProvider;

/**
 * What a message says, rendered in the recipient's language when it is scheduled. Usually {@link #of}: the bundle keys
 * {@code <prefix>.subject} and {@code <prefix>.body} (paragraphs separated by a blank line) with the same arguments.
 * Digests render their own content.
 */
@FunctionalInterface
public interface NotificationMessage {

    NotificationContent render(TranslationProvider translations, Locale locale);

    static NotificationMessage of(String keyPrefix, Object... args) {
        return new Translated(keyPrefix, List.of(args));
    }

    record Translated(String keyPrefix, List<Object> args) implements NotificationMessage {

        @Override
        public NotificationContent render(TranslationProvider translations, Locale locale) {
            Object[] values = args.toArray();
            return new NotificationContent(translations.translate(locale, keyPrefix + ".subject", values),
                    translations.translate(locale, keyPrefix + ".body", values), null);
        }
    }
}
