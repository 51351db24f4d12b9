package org.servicecentre.centre.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Set;
import java.util.stream.Collectors;
import org.servicecentre.centre.AllianceService;
import org.servicecentre.centre.AllianceSummary;
import org.servicecentre.centre.AmenityService;
import org.servicecentre.centre.AmenitySummary;
import org.servicecentre.centre.CentreService;
import org.servicecentre.centre.CentreSummary;
import org.servicecentre.centre.RoomFilter;
import org.servicecentre.centre.RoomService;
import org.servicecentre.centre.RoomSummary;
import org.servicecentre.security.CurrentUser;
import org.servicecentre.shared.ui.ListToolbar;

/**
 * The rooms of every centre the user may see, to find one by name, centre, size or amenities. Admins and managers
 * add and edit rooms of their centres; officers and NGO staff look at them.
 */
@Route("rooms")
@Menu(order = 11, icon = "vaadin:office", title = "nav.rooms")
@RolesAllowed({"ADMIN", "REGION_OFFICER", "CENTRE_MANAGER", "NGO_STAFF"})
class RoomsView extends VerticalLayout implements HasDynamicTitle {

    private final RoomService rooms;
    private final AllianceService alliances;
    private final RoomDialogs dialogs;
    private final ListToolbar toolbar;
    private final ComboBox<CentreSummary> centre;
    private final ComboBox<AllianceSummary> alliance;
    private final IntegerField minCapacity = new IntegerField();
    private final MultiSelectComboBox<AmenitySummary> amenityFilter = new MultiSelectComboBox<>();
    private final Checkbox archived = new Checkbox();
    private final Grid<RoomSummary> grid = new Grid<>(RoomSummary.class, false);

    RoomsView(RoomService rooms, AmenityService amenities, CentreService centres, AllianceService alliances,
              CurrentUser currentUser) {
        this.rooms = rooms;
        this.alliances = alliances;
        this.dialogs = new RoomDialogs(rooms, amenities, centres);
        addClassName("list-view");
        setSizeFull();
        toolbar = new ListToolbar(getTranslation("rooms.search"), this::refresh);
        centre = toolbar.addLazyFilter(getTranslation("rooms.centre.all"),
                query -> centres.list(query.getFilter().orElse(""), null, query.getOffset(),
                        query.getLimit()).stream(), CentreSummary::name);
        centre.setId("room-centre-filter");
        centre.setWidth("15em");
        alliance = toolbar.addFilter(getTranslation("rooms.alliance.all"),
                alliances.list("", 0, 200).stream().filter(AllianceSummary::active).toArray(AllianceSummary[]::new),
                AllianceSummary::name);
        alliance.setId("room-alliance-filter");
        alliance.setWidth("13em");
        minCapacity.setWidth("10em");
        amenityFilter.setWidth("15em");
        minCapacity.setPlaceholder(getTranslation("rooms.capacity.min"));
        minCapacity.setAriaLabel(getTranslation("rooms.capacity.min"));
        minCapacity.setId("room-capacity-filter");
        minCapacity.setMin(1);
        minCapacity.setClearButtonVisible(true);
        minCapacity.setValueChangeMode(ValueChangeMode.LAZY);
        minCapacity.addValueChangeListener(e -> refresh());
        amenityFilter.setPlaceholder(getTranslation("rooms.amenities.any"));
        amenityFilter.setAriaLabel(getTranslation("rooms.amenities"));
        amenityFilter.setId("room-amenity-filter");
        amenityFilter.setItems(amenities.choices());
        amenityFilter.setItemLabelGenerator(a -> a.name(getLocale()));
        amenityFilter.setClearButtonVisible(true);
        amenityFilter.addValueChangeListener(e -> refresh());
        int at = toolbar.indexOf(alliance) + 1;
        toolbar.addComponentAtIndex(at, minCapacity);
        toolbar.addComponentAtIndex(at + 1, amenityFilter);
        var scope = currentUser.scope();
        boolean editor = scope.isAdmin() || !scope.centreIds().isEmpty() && !dialogs.editableCentres().isEmpty();
        if (editor) {
            archived.setLabel(getTranslation("rooms.show-archived"));
            archived.setId("room-archived-filter");
            archived.addValueChangeListener(e -> refresh());
            toolbar.addComponentAtIndex(at + 2, archived);
            toolbar.addCreateButton(getTranslation("rooms.new"), "new-room", () -> dialogs.create(null, this::refresh));
        }
        add(toolbar, grid);
        RoomColumns.addTo(grid, true);
        grid.setEmptyStateText(getTranslation(editor ? "rooms.empty.editor" : "rooms.empty"));
        grid.setItems(query -> rooms.list(filter(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) rooms.count(filter()));
        grid.addItemClickListener(e -> dialogs.open(rooms.get(e.getItem().id()), this::refresh));
        setFlexGrow(1, grid);
    }

    private RoomFilter filter() {
        Set<String> codes = amenityFilter.getValue().stream().map(AmenitySummary::code).collect(Collectors.toSet());
        return new RoomFilter(toolbar.searchText(), centre.getValue() == null ? null : centre.getValue().id(),
                allianceCentres(),
                minCapacity.getValue(), codes, archived.getValue());
    }

    /** Rooms of an alliance's member centres; an alliance without members matches nothing. */
    private Set<Long> allianceCentres() {
        if (alliance.getValue() == null) {
            return Set.of();
        }
        var members = alliances.memberCentreIds(alliance.getValue().id());
        return members.isEmpty() ? Set.of(-1L) : members;
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.rooms");
    }
}
