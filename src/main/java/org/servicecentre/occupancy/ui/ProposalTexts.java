package org.servicecentre.occupancy.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.servicecentre.occupancy.ProposalSummary;

/** How the proposals page words a proposal: its kind, when (centre's zone), where, and what was found. */
final class ProposalTexts {

    private ProposalTexts() {
    }

    static String kind(Component context, ProposalSummary p) {
        return context.getTranslation("proposals.kind." + p.kind().name().toLowerCase(Locale.ROOT));
    }

    /** "11月25日 周二". */
    static String day(Component context, ProposalSummary p) {
        return DateTimeFormatter.ofPattern(context.getTranslation("approvals.date.pattern"),
                UI.getCurrent().getLocale()).format(p.start().atZone(p.zone()));
    }

    /** "14:00–16:00". */
    static String hours(ProposalSummary p) {
        var time = DateTimeFormatter.ofPattern("HH:mm");
        return time.format(p.start().atZone(p.zone())) + "–" + time.format(p.end().atZone(p.zone()));
    }

    static String place(ProposalSummary p) {
        return p.roomName() == null ? p.centreName() : p.roomName() + " · " + p.centreName();
    }

    static String finding(Component context, ProposalSummary p) {
        return switch (p.kind()) {
            case CANCEL_REST_OF_SERIES -> context.getTranslation("proposals.finding.series", p.streak());
            case RELEASE_EMPTY_SESSION -> context.getTranslation("proposals.finding.empty");
            case MOVE_TO_LARGER_ROOM -> context.getTranslation("proposals.finding.move", p.registered(),
                    p.waitlisted(), p.wantedPlaces(), p.rooms().size());
        };
    }

    static String room(Component context, ProposalSummary.RoomOption room) {
        return context.getTranslation("proposals.room.option", room.roomName(), room.centreName(),
                room.capacity() == null ? "?" : room.capacity());
    }
}
