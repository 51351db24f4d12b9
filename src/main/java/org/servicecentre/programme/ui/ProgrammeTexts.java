package org.servicecentre.programme.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Locale;
import java.util.Set;
import org.servicecentre.programme.TargetGroup;
import org.servicecentre.shared.Languages;
import org.servicecentre.shared.TranslationProvider;

/** How the programme screens write enums, badges and times: translated, in the session's or centre's zone. */
final class ProgrammeTexts {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private ProgrammeTexts() {
    }

    static String of(Component context, Enum<?> value) {
        return context.getTranslation(TranslationProvider.keyOf(value));
    }

    static Span badge(String translatedText, String... classNames) {
        var badge = new Span(translatedText);
        badge.addClassName("badge");
        badge.addClassNames(classNames);
        return badge;
    }

    /** The target groups as small badges, in the enum's order. */
    static Div groups(Component context, Set<TargetGroup> groups) {
        var cell = new Div();
        cell.addClassName("programme-groups");
        groups.stream().sorted(Comparator.naturalOrder())
                .forEach(g -> cell.add(badge(of(context, g), "muted", "target-group")));
        return cell;
    }

    /** "2026-12-01 周二 14:00–16:00" in the zone; a range over midnight names its last day too. */
    static String when(Component context, Instant start, Instant end, ZoneId zone) {
        var from = start.atZone(zone);
        var to = end.atZone(zone);
        var format = DateTimeFormatter.ofPattern(context.getTranslation("programmes.format.date"), locale());
        var last = from.toLocalDate().equals(to.toLocalDate()) ? "" : format.format(to) + " ";
        return format.format(from) + " " + TIME.format(from) + "–" + last + TIME.format(to);
    }

    static Locale locale() {
        var ui = UI.getCurrent();
        return ui == null || ui.getLocale() == null ? Languages.CHINESE : ui.getLocale();
    }
}
