package org.servicecentre.centre.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import java.util.stream.Collectors;
import org.servicecentre.centre.RoomSummary;

/** The columns every room list shows, so the rooms screen and the centre's rooms tab look alike. */
final class RoomColumns {

    private RoomColumns() {
    }

    static void addTo(Grid<RoomSummary> grid, boolean withCentre) {
        if (withCentre) {
            grid.addColumn(RoomSummary::centreName).setHeader(grid.getTranslation("rooms.centre")).setAutoWidth(true)
                    .setFlexGrow(0);
        }
        grid.addColumn(RoomSummary::code).setHeader(grid.getTranslation("rooms.code")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(RoomSummary::name).setHeader(grid.getTranslation("rooms.name")).setFlexGrow(2);
        grid.addColumn(RoomSummary::capacity).setHeader(grid.getTranslation("rooms.capacity")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(RoomSummary::floor).setHeader(grid.getTranslation("rooms.floor")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> amenityNames(r)).setHeader(grid.getTranslation("rooms.amenities")).setFlexGrow(3);
        grid.addComponentColumn(r -> status(grid, r)).setHeader(grid.getTranslation("rooms.status"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addClassName("clickable-rows");
    }

    /** Chinese lists take the enumeration comma, English ones a comma and a space. */
    private static String amenityNames(RoomSummary room) {
        Locale locale = UI.getCurrent().getLocale();
        return room.amenities().stream().map(a -> a.name(locale))
                .collect(Collectors.joining("zh".equals(locale.getLanguage()) ? "、" : ", "));
    }

    private static Component status(Component context, RoomSummary room) {
        var status = new Span();
        if (!room.active()) {
            status.add(badge(context, "rooms.status.archived", "muted"));
        } else if (!room.bookable()) {
            status.add(badge(context, "rooms.status.not-bookable", "muted"));
        } else {
            status.add(badge(context, "rooms.status.bookable", "success"));
            if (room.needsApproval()) {
                status.add(badge(context, "rooms.status.approval", ""));
            }
        }
        status.addClassName("room-status");
        return status;
    }

    private static Span badge(Component context, String key, String variant) {
        var badge = new Span(context.getTranslation(key));
        badge.addClassName("badge");
        if (!variant.isEmpty()) {
            badge.addClassName(variant);
        }
        return badge;
    }
}
