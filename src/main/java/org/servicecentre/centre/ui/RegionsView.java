package org.servicecentre.centre.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
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
import org.servicecentre.shared.ui.Notifications;

/** Regions (city > district > street > shequ): admins create and rename them; officers read their own subtree. */
@Route("regions")
@Menu(order = 30, icon = "vaadin:map-marker", title = "nav.regions")
@RolesAllowed({"ADMIN", "REGION_OFFICER"})
class RegionsView extends VerticalLayout implements HasDynamicTitle {

    private final RegionService regions;
    private final boolean admin;
    private final TextField search = new TextField();
    private final ComboBox<RegionLevel> level = new ComboBox<>();
    private final Grid<RegionSummary> grid = new Grid<>(RegionSummary.class, false);

    RegionsView(RegionService regions, CurrentUser currentUser) {
        this.regions = regions;
        this.admin = currentUser.scope().isAdmin();
        addClassName("list-view");
        setSizeFull();
        add(toolbar(), grid);
        configureGrid();
    }

    private Component toolbar() {
        search.setPlaceholder(getTranslation("regions.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        search.addClassName("list-search");
        level.setPlaceholder(getTranslation("regions.level.all"));
        level.setItems(RegionLevel.values());
        level.setItemLabelGenerator(this::levelName);
        level.setClearButtonVisible(true);
        level.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        var grow = new Div();
        grow.addClassName("grow");
        var toolbar = new Div(search, level, grow);
        toolbar.addClassName("list-toolbar");
        if (admin) {
            var create = new Button(getTranslation("regions.new"), VaadinIcon.PLUS.create(), e -> create());
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            create.setId("new-region");
            toolbar.add(create);
        }
        return toolbar;
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
        grid.setItems(query -> regions.list(search.getValue(), level.getValue(), query.getOffset(), query.getLimit())
                .stream(), query -> (int) regions.count(search.getValue(), level.getValue()));
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
