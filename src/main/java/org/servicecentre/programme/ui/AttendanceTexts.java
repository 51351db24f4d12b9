package org.servicecentre.programme.ui;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.servicecentre.programme.AttendanceRow;
import org.servicecentre.programme.RegistrationStatus;
import org.servicecentre.programme.SessionSummary;
import org.servicecentre.shared.TranslationProvider;

/** How the attendance screen and its printout write a session and a row, in the reader's language. */
final class AttendanceTexts {

    /** A translation lookup: the view's own, or the provider's for a given language. */
    @FunctionalInterface
    interface Translator {
        String get(String key, Object... arguments);
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private AttendanceTexts() {
    }

    /** "2026-11-24 周二 14:00–16:00" in the session's own zone. */
    static String when(SessionSummary session, Translator texts, Locale locale) {
        var date = DateTimeFormatter.ofPattern(texts.get("attendance.format.date"), locale);
        var from = session.start().atZone(session.zone());
        var to = session.end().atZone(session.zone());
        var last = from.toLocalDate().equals(to.toLocalDate()) ? "" : date.format(to) + " ";
        return date.format(from) + " " + TIME.format(from) + "–" + last + TIME.format(to);
    }

    /** The (masked or not, as given) name, or "居民 #12" for a resident who left none. */
    static String resident(AttendanceRow row, Translator texts) {
        return row.residentName() != null ? row.residentName() : texts.get("attendance.anonymous", row.residentId());
    }

    /** "已报名", "候补第 2 位" or "现场参加". */
    static String status(AttendanceRow row, Translator texts) {
        if (row.status() == null) {
            return texts.get("attendance.status.walk-in");
        }
        if (row.status() == RegistrationStatus.WAITLISTED && row.waitlistPosition() != null) {
            return texts.get("attendance.status.waitlisted", row.waitlistPosition());
        }
        return texts.get(TranslationProvider.keyOf(row.status()));
    }

    /** "已报名 3 / 名额 10" or, for a drop-in programme, "已报名 3". */
    static String places(SessionSummary session, Translator texts) {
        return session.capacity() == null ? texts.get("attendance.count.registered", session.registered())
                : texts.get("attendance.count.places", session.registered(), session.capacity());
    }

    static String source(AttendanceRow row, Translator texts) {
        return row.source() == null ? "" : texts.get(TranslationProvider.keyOf(row.source()));
    }
}
