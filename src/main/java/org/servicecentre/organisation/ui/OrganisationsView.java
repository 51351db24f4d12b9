package org.servicecentre.organisation.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import org.servicecentre.centre.RegionService;
import org.servicecentre.organisation.OrganisationDraft;
import org.servicecentre.organisation.OrganisationKind;
import org.servicecentre.organisation.OrganisationService;
import org.servicecentre.organisation.OrganisationSummary;
import org.servicecentre.security.CurrentUser;
import org.servicecentre.shared.ui.ListToolbar;
import org.servicecentre.shared.ui.Notifications;

/**
 * The organisations the user may see: admins create and edit them, everyone else looks at them. The service
 * decides which are listed (NGO staff see only their own).
 */
@Route("organisations")
@Menu(order = 20, icon = "vaadin:group", title = "nav.organisations")
@RolesAllowed({"ADMIN", "REGION_OFFICER", "CENTRE_MANAGER", "NGO_STAFF"})
class OrganisationsView extends VerticalLayout implements HasDynamicTitle {

    private final OrganisationService organisations;
    private final RegionService regions;
    private final boolean admin;
    private final ListToolbar toolbar;
    private final ComboBox<OrganisationKind> kind;
    private final Grid<OrganisationSummary> grid = new Grid<>(OrganisationSummary.class, false);

    OrganisationsView(OrganisationService organisations, RegionService regions, CurrentUser currentUser) {
        this.organisations = organisations;
        this.regions = regions;
        this.admin = currentUser.scope().isAdmin();
        addClassName("list-view");
        setSizeFull();
        toolbar = new ListToolbar(getTranslation("organisations.search"), () -> grid.getDataProvider().refreshAll());
        kind = toolbar.addFilter(getTranslation("organisations.kind.all"), OrganisationKind.values(), this::kindName);
        if (admin) {
            toolbar.addCreateButton(getTranslation("organisations.new"), "new-organisation", this::create);
        }
        add(toolbar, grid);
        configureGrid();
    }

    private void configureGrid() {
        grid.addColumn(OrganisationSummary::code).setHeader(getTranslation("organisations.code")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(OrganisationSummary::name).setHeader(getTranslation("organisations.name")).setFlexGrow(3)
                .setTooltipGenerator(OrganisationSummary::name);
        grid.addColumn(o -> kindName(o.kind())).setHeader(getTranslation("organisations.kind")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(OrganisationSummary::regionName).setHeader(getTranslation("organisations.region"))
                .setFlexGrow(1);
        grid.addColumn(OrganisationSummary::phone).setHeader(getTranslation("organisations.phone")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(o -> status(o.active())).setHeader(getTranslation("organisations.status"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addClassName("clickable-rows");
        grid.setEmptyStateText(getTranslation(admin ? "organisations.empty.admin" : "organisations.empty"));
        grid.setItems(query -> organisations.list(toolbar.searchText(), kind.getValue(), query.getOffset(),
                query.getLimit()).stream(), query -> (int) organisations.count(toolbar.searchText(), kind.getValue()));
        grid.addItemClickListener(e -> open(e.getItem()));
        setFlexGrow(1, grid);
    }

    private void create() {
        new OrganisationForm(regions.all(), "organisations.new", false).edit(new OrganisationDraft(), draft -> {
            var created = organisations.create(draft);
            grid.getDataProvider().refreshAll();
            Notifications.success(getTranslation("organisations.created", created.name()));
        });
    }

    private void open(OrganisationSummary organisation) {
        if (!admin) {
            new OrganisationForm(regions.all(), "organisations.view", true).show(OrganisationDraft.of(organisation));
            return;
        }
        new OrganisationForm(regions.all(), "organisations.edit", true).edit(OrganisationDraft.of(organisation),
                draft -> {
                    var saved = organisations.update(organisation.id(), draft);
                    grid.getDataProvider().refreshAll();
                    Notifications.success(getTranslation("organisations.saved", saved.name()));
                });
    }

    private Span status(boolean active) {
        var badge = new Span(getTranslation(active ? "organisations.status.active" : "organisations.status.inactive"));
        badge.addClassNames("badge", active ? "success" : "muted");
        return badge;
    }

    private String kindName(OrganisationKind value) {
        return getTranslation("organisation.kind." + value.name().toLowerCase(Locale.ROOT));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.organisations");
    }
}
