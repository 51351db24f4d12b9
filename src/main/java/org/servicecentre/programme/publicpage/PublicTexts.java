package org.servicecentre.programme.publicpage;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Collectors;
import org.servicecentre.programme.SessionSummary;
import org.servicecentre.programme.TargetGroup;

/** How the public pages word times and groups, in the reader's language and the session's own time zone. */
final class PublicTexts {

    static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private PublicTexts() {
    }

    /** "11月25日 星期二 14:00–16:00" in the session's zone. */
    static String when(Component in, SessionSummary session) {
        var zone = session.zone() == null ? DEFAULT_ZONE : session.zone();
        var start = session.start().atZone(zone);
        var end = session.end().atZone(zone);
        var date = DateTimeFormatter.ofPattern(in.getTranslation("public.date"), UI.getCurrent().getLocale()).format(start);
        return in.getTranslation("public.when", date, CLOCK.format(start), CLOCK.format(end));
    }

    /** A moment such as the opening of sign-up: "11月25日 09:00". */
    static String moment(Component in, Instant at, ZoneId zone) {
        return DateTimeFormatter.ofPattern(in.getTranslation("public.date-time"), UI.getCurrent().getLocale())
                .format(at.atZone(zone == null ? DEFAULT_ZONE : zone));
    }

    /** "老年人、妇女" in the enum's order. */
    static String groups(Component in, Set<TargetGroup> groups) {
        return groups.stream().sorted(Comparator.naturalOrder())
                .map(group -> in.getTranslation("target.group." + group.name().toLowerCase(java.util.Locale.ROOT)))
                .collect(Collectors.joining(in.getTranslation("public.list-separator")));
    }
}
