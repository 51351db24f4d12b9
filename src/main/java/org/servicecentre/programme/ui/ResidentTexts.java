package org.servicecentre.programme.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.stream.Collectors;
import org.servicecentre.programme.ResidentSummary;
import org.servicecentre.programme.TargetGroup;
import org.servicecentre.shared.TranslationProvider;

/** How the residents' screens word a resident: the label, target groups, dates and the "masked" badge. */
final class ResidentTexts {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private ResidentTexts() {
    }

    /** The (masked) name, or "居民 #12" for a resident who left none. */
    static String label(Component on, ResidentSummary resident) {
        return resident.label(id -> on.getTranslation("residents.anonymous", Long.toString(id)));
    }

    static String groups(Component on, Collection<TargetGroup> groups) {
        return groups.stream().sorted().map(g -> on.getTranslation(TranslationProvider.keyOf(g)))
                .collect(Collectors.joining("en".equals(com.vaadin.flow.component.UI.getCurrent().getLocale().getLanguage()) ? ", " : "、"));
    }

    static String dateTime(Component on, Instant instant) {
        return instant == null ? "" : FORMAT.withLocale(com.vaadin.flow.component.UI.getCurrent().getLocale()).withZone(ZONE).format(instant);
    }

    /** A small lock badge: the caller sees only the masked forms of this resident's name and phone. */
    static Span maskedBadge(Component on) {
        var badge = new Span(VaadinIcon.LOCK.create(), new Span(on.getTranslation("residents.masked")));
        badge.addClassNames("badge", "muted", "resident-masked");
        badge.getElement().setAttribute("title", on.getTranslation("residents.masked.tooltip"));
        return badge;
    }
}
