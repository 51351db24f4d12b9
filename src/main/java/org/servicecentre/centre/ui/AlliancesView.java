package org.servicecentre.centre.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;
import org.servicecentre.centre.AllianceDraft;
import org.servicecentre.centre.AllianceMember;
import org.servicecentre.centre.AllianceService;
import org.servicecentre.centre.AllianceSummary;
import org.servicecentre.centre.CentreService;
import org.servicecentre.security.CurrentUser;
import org.servicecentre.shared.ui.ListToolbar;
import org.servicecentre.shared.ui.Notifications;

/**
 * The alliances (党建联盟) the user may see: admins create, edit and archive them; everyone else looks at them.
 * The service decides which alliances are listed.
 */
@Route("alliances")
@Menu(order = 12, icon = "vaadin:connect", title = "nav.alliances")
@RolesAllowed({"ADMIN", "REGION_OFFICER", "CENTRE_MANAGER", "NGO_STAFF"})
class AlliancesView extends VerticalLayout implements HasDynamicTitle {

    private final AllianceService alliances;
    private final CentreService centres;
    private final boolean admin;
    private final ListToolbar toolbar;
    private final Grid<AllianceSummary> grid = new Grid<>(AllianceSummary.class, false);

    AlliancesView(AllianceService alliances, CentreService centres, CurrentUser currentUser) {
        this.alliances = alliances;
        this.centres = centres;
        this.admin = currentUser.scope().isAdmin();
        addClassName("list-view");
        setSizeFull();
        toolbar = new ListToolbar(getTranslation("alliances.search"), () -> grid.getDataProvider().refreshAll());
        if (admin) {
            toolbar.addCreateButton(getTranslation("alliances.new"), "new-alliance", this::create);
        }
        add(toolbar, grid);
        configureGrid();
    }

    private void configureGrid() {
        grid.addColumn(AllianceSummary::code).setHeader(getTranslation("alliances.code")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(AllianceSummary::name).setHeader(getTranslation("alliances.name")).setFlexGrow(2);
        grid.addColumn(AllianceSummary::memberCount).setHeader(getTranslation("alliances.member-count"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(a -> a.members().stream().map(AllianceMember::name).collect(Collectors.joining(
                "zh".equals(getLocale().getLanguage()) ? "、" : ", ")))
                .setHeader(getTranslation("alliances.members")).setFlexGrow(4);
        grid.addComponentColumn(a -> status(a.active())).setHeader(getTranslation("alliances.status"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addClassName("clickable-rows");
        grid.setEmptyStateText(getTranslation(admin ? "alliances.empty.admin" : "alliances.empty"));
        grid.setItems(query -> alliances.list(toolbar.searchText(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) alliances.count(toolbar.searchText()));
        grid.addItemClickListener(e -> open(e.getItem()));
        setFlexGrow(1, grid);
    }

    private void create() {
        new AllianceForm(centres, "alliances.new", null).edit(new AllianceDraft(), draft -> {
            var created = alliances.create(draft);
            grid.getDataProvider().refreshAll();
            Notifications.success(getTranslation("alliances.created", created.name()));
        });
    }

    private void open(AllianceSummary alliance) {
        if (!admin) {
            new AllianceForm(centres, "alliances.view", alliance).show(AllianceDraft.of(alliance));
            return;
        }
        new AllianceForm(centres, "alliances.edit", alliance).edit(AllianceDraft.of(alliance), draft -> {
            var saved = alliances.update(alliance.id(), draft);
            grid.getDataProvider().refreshAll();
            Notifications.success(getTranslation("alliances.saved", saved.name()));
        });
    }

    private Span status(boolean active) {
        var badge = new Span(getTranslation(active ? "alliances.status.active" : "alliances.status.archived"));
        badge.addClassNames("badge", active ? "success" : "muted");
        return badge;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.alliances");
    }
}
