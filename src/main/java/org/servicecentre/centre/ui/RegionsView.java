package org.servicecentre.centre.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import org.servicecentre.centre.RegionDraft;
import org.servicecentre.centre.RegionLevel;
import org.servicecentre.centre.RegionService;
import org.servicecentre.centre.RegionSummary;
import org.servicecentre.security.CurrentUser;
import org.servicecentre.shared.ui.ListToolbar;
import org.servicecentre.shared.ui.Notifications;

/** Regions (city > district > street > shequ): admins create and rename them; officers read their own subtree. */
@Route("regions")
@Menu(order = 30, icon = "vaadin:map-marker", title = "nav.regions")
@RolesAllowed({"ADMIN", "REGION_OFFICER"})
class RegionsView extends VerticalLayout implements HasDynamicTitle {

    private final RegionService regions;
    private final boolean admin;
    private final ListToolbar toolbar;
    private final ComboBox<RegionLevel> level;
    private final Grid<RegionSummary> grid = new Grid<>(RegionSummary.class, false);

    RegionsView(RegionService regions, CurrentUser currentUser) {
        this.regions = regions;
        this.admin = currentUser.scope().isAdmin();
        addClassName("list-view");
        setSizeFull();
        toolbar = new ListToolbar(getTranslation("regions.search"), () -> grid.getDataProvider().refreshAll());
        level = toolbar.addFilter(getTranslation("regions.level.all"), RegionLevel.values(), this::levelName);
        if (admin) {
            toolbar.addCreateButton(getTranslation("regions.new"), "new-region", this::create);
        }
        add(toolbar, grid);
        configureGrid();
    }

    private void configureGrid() {
        grid.addColumn(RegionSummary::code).setHeader(getTranslation("regions.code")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(RegionSummary::name).setHeader(getTranslation("regions.name")).setFlexGrow(1);
        grid.addColumn(r -> levelName(r.level())).setHeader(getTranslation("regions.level")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> r.parentName() == null ? "" : r.parentName()).setHeader(getTranslation("regions.parent"))
                .setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation(admin ? "regions.empty.admin" : "regions.empty"));
        grid.setItems(query -> regions.list(toolbar.searchText(), level.getValue(), query.getOffset(), query.getLimit())
                .stream(), query -> (int) regions.count(toolbar.searchText(), level.getValue()));
        if (admin) {
            grid.addClassName("clickable-rows");
            grid.addItemClickListener(e -> edit(e.getItem()));
        }
        setFlexGrow(1, grid);
    }

    private void create() {
        new RegionForm(regions.all(), false).edit(new RegionDraft(), draft -> {
            var created = regions.create(draft);
            grid.getDataProvider().refreshAll();
            Notifications.success(getTranslation("regions.created", created.name()));
        });
    }

    private void edit(RegionSummary region) {
        new RegionForm(regions.all(), true).edit(RegionDraft.of(region), draft -> {
            var saved = regions.update(region.id(), draft);
            grid.getDataProvider().refreshAll();
            Notifications.success(getTranslation("regions.saved", saved.name()));
        });
    }

    private String levelName(RegionLevel value) {
        return getTranslation("region.level." + value.name().toLowerCase(Locale.ROOT));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.regions");
    }
}
