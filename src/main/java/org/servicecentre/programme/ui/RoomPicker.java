package org.servicecentre.programme.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import java.time.ZoneId;
import java.util.List;
import org.servicecentre.centre.CentreService;
import org.servicecentre.centre.CentreSummary;
import org.servicecentre.centre.RoomFilter;
import org.servicecentre.centre.RoomService;
import org.servicecentre.centre.RoomSummary;

/**
 * A centre, then one of its bookable rooms, among those the user may see; whether the room may be booked then is the
 * booking module's answer. A link leads to the free-room search for those who do not know where to go.
 */
class RoomPicker {

    private static final int MAX_ROOMS = 200;

    private final ComboBox<CentreSummary> centre = new ComboBox<>();
    private final ComboBox<RoomSummary> room = new ComboBox<>();
    private final Anchor search;

    RoomPicker(Component context, CentreService centres, RoomService rooms, String idPrefix) {
        centre.setLabel(context.getTranslation("programmes.session.centre"));
        centre.setId(idPrefix + "centre");
        centre.setItems(query -> centres.list(query.getFilter().orElse(""), null, query.getOffset(),
                query.getLimit()).stream().filter(CentreSummary::active));
        centre.setItemLabelGenerator(CentreSummary::name);
        centre.setRequiredIndicatorVisible(true);
        room.setLabel(context.getTranslation("programmes.session.room"));
        room.setId(idPrefix + "room");
        room.setItemLabelGenerator(r -> context.getTranslation("programmes.session.room.label", r.name(),
                r.capacity()));
        room.setRequiredIndicatorVisible(true);
        room.setEnabled(false);
        centre.addValueChangeListener(e -> {
            room.clear();
            room.setEnabled(e.getValue() != null);
            room.setItems(e.getValue() == null ? List.of()
                    : rooms.list(RoomFilter.ofCentre(e.getValue().id(), false), 0, MAX_ROOMS).stream()
                    .filter(RoomSummary::bookable).toList());
        });
        search = new Anchor("bookings/search", context.getTranslation("programmes.session.findRoom"));
        search.setId(idPrefix + "find-room");
        search.addClassName("programme-find-room");
    }

    ComboBox<CentreSummary> centre() {
        return centre;
    }

    ComboBox<RoomSummary> room() {
        return room;
    }

    Anchor searchLink() {
        return search;
    }

    boolean filled() {
        return SessionFields.filled(centre) & SessionFields.filled(room);
    }

    ZoneId zone() {
        return centre.getValue() == null || centre.getValue().timeZone() == null ? ProgrammeForm.ZONE
                : centre.getValue().timeZone();
    }
}
