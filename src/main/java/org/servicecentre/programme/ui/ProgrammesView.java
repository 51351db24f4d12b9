package org.servicecentre.programme.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.servicecentre.programme.ProgrammeService;
import org.servicecentre.programme.ProgrammeSummary;
import org.servicecentre.security.CurrentUser;
import org.servicecentre.security.Role;
import org.servicecentre.shared.ui.ListToolbar;

/**
 * The programmes the user may see: NGO staff their organisation's, managers and officers those holding sessions in
 * their centres, admins all. Search by title, show archived ones on demand; a row opens the programme's page.
 */
@Route("programmes")
@Menu(order = 6, icon = "vaadin:calendar-user", title = "nav.programmes")
@RolesAllowed({"ADMIN", "REGION_OFFICER", "CENTRE_MANAGER", "NGO_STAFF"})
class ProgrammesView extends VerticalLayout implements HasDynamicTitle {

    private final ProgrammeService programmes;
    private final ListToolbar toolbar;
    private final Checkbox archived = new Checkbox();
    private final Grid<ProgrammeSummary> grid = new Grid<>(ProgrammeSummary.class, false);

    ProgrammesView(ProgrammeService programmes, CurrentUser currentUser, NewProgrammeDialogs dialogs) {
        this.programmes = programmes;
        var scope = currentUser.scope();
        boolean mayCreate = scope.isAdmin() || scope.is(Role.NGO_STAFF);
        addClassNames("list-view", "programmes-view");
        setSizeFull();

        toolbar = new ListToolbar(getTranslation("programmes.search"), this::refresh);
        toolbar.searchField().setId("programme-search");
        archived.setLabel(getTranslation("programmes.showArchived"));
        archived.setId("programme-archived");
        archived.addValueChangeListener(e -> refresh());
        toolbar.addField(archived);
        if (mayCreate) {
            toolbar.addCreateButton(getTranslation("programmes.new"), "new-programme", () -> dialogs.open(this));
        }

        grid.addColumn(ProgrammeSummary::title).setHeader(getTranslation("programmes.title")).setFlexGrow(3);
        if (!scope.is(Role.NGO_STAFF)) {
            grid.addColumn(ProgrammeSummary::organisationName).setHeader(getTranslation("programmes.organisation"))
                    .setFlexGrow(2);
        }
        grid.addComponentColumn(p -> ProgrammeTexts.groups(this, p.targetGroups()))
                .setHeader(getTranslation("programmes.targetGroups")).setFlexGrow(3);
        grid.addColumn(p -> ProgrammeTexts.of(this, p.mode())).setHeader(getTranslation("programmes.mode"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ProgrammeSummary::upcomingSessions).setHeader(getTranslation("programmes.upcoming"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::state).setHeader(getTranslation("programmes.state")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addClassNames("clickable-rows", "programmes-grid");
        grid.setId("programmes-grid");
        grid.setEmptyStateComponent(emptyState(mayCreate));
        grid.setItems(query -> programmes.list(toolbar.searchText(), archived.getValue(), query.getOffset(),
                query.getLimit()).stream(), query -> (int) programmes.count(toolbar.searchText(), archived.getValue()));
        grid.addItemClickListener(e -> open(e.getItem()));
        add(toolbar, grid);
        setFlexGrow(1, grid);
    }

    private Component state(ProgrammeSummary programme) {
        var cell = new Div();
        cell.addClassName("booking-badges");
        if (programme.archived()) {
            cell.add(ProgrammeTexts.badge(getTranslation("programmes.archived"), "muted"));
        } else {
            cell.add(ProgrammeTexts.badge(ProgrammeTexts.of(this, programme.visibility()),
                    "visibility-" + programme.visibility().name().toLowerCase(java.util.Locale.ROOT)));
        }
        return cell;
    }

    private Component emptyState(boolean mayCreate) {
        var text = new Paragraph(getTranslation(mayCreate ? "programmes.empty" : "programmes.empty.reader"));
        var empty = new Div(VaadinIcon.CALENDAR_USER.create(), text);
        empty.addClassName("bookings-empty");
        empty.setId("programmes-empty");
        return empty;
    }

    private void open(ProgrammeSummary programme) {
        getUI().ifPresent(ui -> ui.navigate("programmes/" + programme.id()));
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.programmes");
    }
}
