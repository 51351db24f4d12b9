package org.servicecentre.centre.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.servicecentre.centre.AmenityService;
import org.servicecentre.centre.CentreService;
import org.servicecentre.centre.CentreSummary;
import org.servicecentre.centre.RoomFilter;
import org.servicecentre.centre.RoomService;
import org.servicecentre.centre.RoomSummary;
import org.springframework.core.annotation.Order;

/** The rooms tab of the centre page: the centre's rooms (archived ones too for editors), and "new room". */
@org.springframework.stereotype.Component
@Order(10)
class CentreRoomsPanel implements CentrePanel {

    private final RoomService rooms;
    private final AmenityService amenities;
    private final CentreService centres;

    CentreRoomsPanel(RoomService rooms, AmenityService amenities, CentreService centres) {
        this.rooms = rooms;
        this.amenities = amenities;
        this.centres = centres;
    }

    @Override
    public String id() {
        return "rooms";
    }

    @Override
    public String titleKey() {
        return "centre.tab.rooms";
    }

    @Override
    public Component create(CentreSummary centre, boolean editable) {
        var dialogs = new RoomDialogs(rooms, amenities, centres);
        var layout = new VerticalLayout();
        layout.setPadding(false);
        layout.setSizeFull();
        layout.addClassName("centre-rooms");
        var grid = new Grid<RoomSummary>(RoomSummary.class, false);
        grid.setId("centre-rooms-grid");
        RoomColumns.addTo(grid, false);
        var filter = RoomFilter.ofCentre(centre.id(), editable);
        grid.setItems(query -> rooms.list(filter, query.getOffset(), query.getLimit()).stream(),
                query -> (int) rooms.count(filter));
        Runnable refresh = () -> grid.getDataProvider().refreshAll();
        grid.addItemClickListener(e -> dialogs.open(rooms.get(e.getItem().id()), refresh));
        grid.setEmptyStateText(layout.getTranslation(editable ? "centre.rooms.empty.editor" : "centre.rooms.empty"));
        if (editable) {
            var add = new Button(layout.getTranslation("rooms.new"), VaadinIcon.PLUS.create(),
                    e -> dialogs.create(centre, refresh));
            add.setId("new-centre-room");
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            layout.add(add);
        }
        layout.add(grid);
        layout.setFlexGrow(1, grid);
        return layout;
    }
}
