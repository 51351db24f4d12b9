package org.servicecentre.reminder;

import java.util.Arrays;
import java.util.Locale;
import org.servicecentre.notification.NotificationContent;
import org.servicecentre.notification.NotificationMessage;
import org.servicecentre.shared.TranslationProvider;

/**
 * A message from the bundle keys {@code <prefix>.subject} and {@code <prefix>.body}, whose {@link Moment} arguments
 * are written in the recipient's language, with an optional last paragraph ({@code noteKey} with the note as its
 * argument: a manager's note, a reason) when there is a note.
 */
public record ReminderMessage(String prefix, Object[] args, String noteKey, String note)
        implements NotificationMessage {

    public static ReminderMessage of(String prefix, Object... args) {
        return new ReminderMessage(prefix, args, null, null);
    }

    public ReminderMessage withNote(String key, String text) {
        return new ReminderMessage(prefix, args, key, text);
    }

    @Override
    public NotificationContent render(TranslationProvider translations, Locale locale) {
        Object[] values = Arrays.stream(args)
                .map(a -> a instanceof Moment m ? m.format(translations, locale) : a == null ? "" : a)
                .toArray();
        String subject = translations.translate(locale, prefix + ".subject", values);
        String body = translations.translate(locale, prefix + ".body", values);
        if (noteKey != null && note != null && !note.isBlank()) {
            body = body + "\n\n" + translations.translate(locale, noteKey, note.strip());
        }
        return new NotificationContent(subject, body, null);
    }
}
