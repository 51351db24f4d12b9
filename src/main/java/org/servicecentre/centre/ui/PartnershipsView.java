package org.servicecentre.centre.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.servicecentre.centre.AllianceService;
import org.servicecentre.centre.AllianceSummary;
import org.servicecentre.centre.CentreService;
import org.servicecentre.centre.CentreSummary;
import org.servicecentre.centre.PartnershipDraft;
import org.servicecentre.centre.PartnershipService;
import org.servicecentre.centre.PartnershipSummary;
import org.servicecentre.security.CurrentUser;
import org.servicecentre.security.Role;
import org.servicecentre.security.ScopeTarget;
import org.servicecentre.shared.ui.ListToolbar;

/**
 * Which organisation may book where. Admins partner organisations with centres and alliances, managers with their
 * own centres; officers look at those touching their region, NGO staff at their own organisation's.
 */
@Route("partnerships")
@Menu(order = 13, icon = "vaadin:handshake", title = "nav.partnerships")
@RolesAllowed({"ADMIN", "REGION_OFFICER", "CENTRE_MANAGER", "NGO_STAFF"})
class PartnershipsView extends VerticalLayout implements HasDynamicTitle {

    private static final int PICKER_LIMIT = 1000;

    private final PartnershipService partnerships;
    private final AllianceService alliances;
    private final CentreService centres;
    private final Role role;
    private final ListToolbar toolbar;
    private final ComboBox<ScopeTarget> organisation = new ComboBox<>();
    private final ComboBox<CentreSummary> centre = new ComboBox<>();
    private final ComboBox<AllianceSummary> alliance = new ComboBox<>();
    private final Grid<PartnershipSummary> grid = new Grid<>(PartnershipSummary.class, false);
    private final PartnershipRemoval removal;

    PartnershipsView(PartnershipService partnerships, AllianceService alliances, CentreService centres,
                     CurrentUser currentUser) {
        this.partnerships = partnerships;
        this.alliances = alliances;
        this.centres = centres;
        this.role = currentUser.scope().role();
        this.removal = new PartnershipRemoval(partnerships, () -> grid.getDataProvider().refreshAll());
        addClassName("list-view");
        setSizeFull();
        toolbar = new ListToolbar("", () -> grid.getDataProvider().refreshAll());
        // partnerships have no text of their own to search: the filters do the finding
        toolbar.searchField().setVisible(false);
        if (role != Role.NGO_STAFF) {
            filter(organisation, "partnerships.filter.organisation", partnerships.organisationChoices(),
                    ScopeTarget::label);
        }
        filter(centre, "partnerships.filter.centre", List.of(), CentreSummary::name);
        // a city has about a thousand centres: fetch them as the user types instead of all at once
        centre.setItems(query -> centres.list(query.getFilter().orElse(""), null, query.getOffset(),
                        query.getLimit()).stream());
        filter(alliance, "partnerships.filter.alliance", alliances.list("", 0, PICKER_LIMIT), AllianceSummary::name);
        if (role == Role.ADMIN || role == Role.CENTRE_MANAGER) {
            toolbar.addCreateButton(getTranslation("partnerships.new"), "new-partnership", this::create);
        }
        add(toolbar, grid);
        configureGrid();
    }

    private <T> void filter(ComboBox<T> box, String placeholderKey, List<T> items,
                            com.vaadin.flow.component.ItemLabelGenerator<T> label) {
        box.setPlaceholder(getTranslation(placeholderKey));
        box.setAriaLabel(getTranslation(placeholderKey));
        box.setItems(items);
        box.setItemLabelGenerator(label);
        box.setClearButtonVisible(true);
        box.addClassName("partnership-filter");
        box.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        toolbar.addComponentAtIndex(toolbar.indexOf(toolbar.searchField()) + 1 + filterCount(), box);
    }

    private int filterCount() {
        return (int) toolbar.getChildren().filter(c -> c.hasClassName("partnership-filter")).count();
    }

    private void configureGrid() {
        grid.addColumn(PartnershipSummary::organisationName).setHeader(getTranslation("partnerships.organisation"))
                .setFlexGrow(3);
        grid.addComponentColumn(this::kindBadge).setHeader(getTranslation("partnerships.target-kind"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(PartnershipSummary::targetName).setHeader(getTranslation("partnerships.target")).setFlexGrow(3);
        grid.addColumn(PartnershipSummary::note).setHeader(getTranslation("partnerships.note")).setFlexGrow(3);
        grid.addColumn(this::createdBy).setHeader(getTranslation("partnerships.created-by"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> PartnershipRemoval.date(p.createdAt())).setHeader(getTranslation("partnerships.created-at"))
                .setAutoWidth(true).setFlexGrow(0);
        if (role == Role.ADMIN || role == Role.CENTRE_MANAGER) {
            grid.addComponentColumn(this::removeButton).setAutoWidth(true).setFlexGrow(0);
        }
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation(switch (role) {
            case ADMIN, CENTRE_MANAGER -> "partnerships.empty.editor";
            case NGO_STAFF -> "partnerships.empty.ngo";
            default -> "partnerships.empty";
        }));
        grid.setItems(query -> partnerships.list(organisationId(), centreId(), allianceId(), query.getOffset(),
                query.getLimit()).stream(), query -> (int) partnerships.count(organisationId(), centreId(), allianceId()));
        setFlexGrow(1, grid);
    }

    private Component kindBadge(PartnershipSummary partnership) {
        var badge = new Span(getTranslation(partnership.targetsAlliance()
                ? "partnerships.target.alliance" : "partnerships.target.centre"));
        badge.addClassNames("badge", partnership.targetsAlliance() ? "alliance" : "muted");
        return badge;
    }

    private Component removeButton(PartnershipSummary partnership) {
        if (!partnerships.mayRemove(partnership)) {
            return new Span();
        }
        var button = new Button(getTranslation("partnerships.remove"), VaadinIcon.CLOSE_SMALL.create(),
                e -> removal.ask(partnership));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        button.addClassName("remove-partnership");
        return button;
    }

    private void create() {
        // admins see every centre, managers only their own: exactly those each may partner with
        var offeredCentres = centres.list("", null, 0, PICKER_LIMIT);
        var offeredAlliances = role == Role.ADMIN
                ? alliances.list("", 0, PICKER_LIMIT).stream().filter(AllianceSummary::active).toList()
                : List.<AllianceSummary>of();
        new PartnershipDialog(partnerships.organisationChoices(), offeredCentres, offeredAlliances, null)
                .edit(new PartnershipDraft(), draft -> {
                    removal.created(partnerships.create(draft));
                    grid.getDataProvider().refreshAll();
                });
    }

    /** Partnerships seeded at first start name the system as their author. */
    private String createdBy(PartnershipSummary partnership) {
        return partnership.createdBySystem()
                ? getTranslation("partnerships.created-by.system") : partnership.createdBy();
    }

    private Long organisationId() {
        return organisation.getValue() == null ? null : organisation.getValue().id();
    }

    private Long centreId() {
        return centre.getValue() == null ? null : centre.getValue().id();
    }

    private Long allianceId() {
        return alliance.getValue() == null ? null : alliance.getValue().id();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.partnerships");
    }
}
