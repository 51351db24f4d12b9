package org.servicecentre.centre.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import org.servicecentre.centre.CentreDraft;
import org.servicecentre.centre.CentreLevel;
import org.servicecentre.centre.CentreService;
import org.servicecentre.centre.CentreSummary;
import org.servicecentre.centre.RegionService;
import org.servicecentre.security.CurrentUser;
import org.servicecentre.shared.ui.ListToolbar;
import org.servicecentre.shared.ui.Notifications;

/**
 * The centres the user may see: admins create and edit them, managers edit their own, officers and NGO staff
 * look at them. The service decides which centres are listed.
 */
@Route("centres")
@Menu(order = 10, icon = "vaadin:building", title = "nav.centres")
@RolesAllowed({"ADMIN", "REGION_OFFICER", "CENTRE_MANAGER", "NGO_STAFF"})
class CentresView extends VerticalLayout implements HasDynamicTitle {

    private final CentreService centres;
    private final RegionService regions;
    private final boolean admin;
    private final ListToolbar toolbar;
    private final ComboBox<CentreLevel> level;
    private final Grid<CentreSummary> grid = new Grid<>(CentreSummary.class, false);

    CentresView(CentreService centres, RegionService regions, CurrentUser currentUser) {
        this.centres = centres;
        this.regions = regions;
        this.admin = currentUser.scope().isAdmin();
        addClassName("list-view");
        setSizeFull();
        toolbar = new ListToolbar(getTranslation("centres.search"), () -> grid.getDataProvider().refreshAll());
        level = toolbar.addFilter(getTranslation("centres.level.all"), CentreLevel.values(), this::levelName);
        if (admin) {
            toolbar.addCreateButton(getTranslation("centres.new"), "new-centre", this::create);
        }
        add(toolbar, grid);
        configureGrid();
    }

    private void configureGrid() {
        grid.addColumn(CentreSummary::code).setHeader(getTranslation("centres.code")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(CentreSummary::name).setHeader(getTranslation("centres.name")).setFlexGrow(2);
        grid.addColumn(c -> levelName(c.level())).setHeader(getTranslation("centres.level")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(CentreSummary::regionName).setHeader(getTranslation("centres.region")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(CentreSummary::address).setHeader(getTranslation("centres.address")).setFlexGrow(2);
        grid.addColumn(CentreSummary::phone).setHeader(getTranslation("centres.phone")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(c -> c.timeZone().getId()).setHeader(getTranslation("centres.time-zone")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(c -> status(c.active())).setHeader(getTranslation("centres.status"))
                .setAutoWidth(true).setFlexGrow(0);
        // names and addresses are long Chinese strings: wrap them rather than cut them off
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addClassName("clickable-rows");
        grid.setEmptyStateText(getTranslation(admin ? "centres.empty.admin" : "centres.empty"));
        grid.setItems(query -> centres.list(toolbar.searchText(), level.getValue(), query.getOffset(), query.getLimit())
                .stream(), query -> (int) centres.count(toolbar.searchText(), level.getValue()));
        grid.addItemClickListener(e -> open(e.getItem()));
        setFlexGrow(1, grid);
    }

    private void create() {
        new CentreForm(regions.all(), "centres.new", false).edit(new CentreDraft(), draft -> {
            var created = centres.create(draft);
            grid.getDataProvider().refreshAll();
            Notifications.success(getTranslation("centres.created", created.name()));
        });
    }

    private void open(CentreSummary centre) {
        getUI().ifPresent(ui -> ui.navigate(CentreView.class, new RouteParameters("centreId", String.valueOf(centre.id()))));
    }

    private Span status(boolean active) {
        var badge = new Span(getTranslation(active ? "centres.status.active" : "centres.status.inactive"));
        badge.addClassNames("badge", active ? "success" : "muted");
        return badge;
    }

    private String levelName(CentreLevel value) {
        return getTranslation("centre.level." + value.name().toLowerCase(Locale.ROOT));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.centres");
    }
}
