package org.servicecentre.occupancy.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.servicecentre.occupancy.ProposalKind;
import org.servicecentre.occupancy.ProposalSummary;
import org.servicecentre.occupancy.UsageProposals;
import org.servicecentre.shared.ui.Confirmations;
import org.servicecentre.shared.ui.DomainErrors;
import org.servicecentre.shared.ui.ListToolbar;
import org.servicecentre.shared.ui.Notifications;

/**
 * The open room proposals the caller may decide (admins all, managers their centres', NGO staff their
 * organisation's): release an empty session's room, move an overflowing session to a larger room, cancel the rest of a
 * series nobody comes to. Each is accepted after a confirmation or dismissed. {@code /proposals/<id>} (the link in the
 * message) marks that proposal.
 */
@Route("proposals")
@Menu(order = 6.5, icon = "vaadin:lightbulb", title = "nav.proposals")
@RolesAllowed({"ADMIN", "CENTRE_MANAGER", "NGO_STAFF"})
class ProposalsView extends VerticalLayout implements HasDynamicTitle, HasUrlParameter<Long> {

    private final UsageProposals proposals;
    private final ListToolbar toolbar;
    private final ComboBox<ProposalKind> kind;
    private final Grid<ProposalSummary> grid = new Grid<>(ProposalSummary.class, false);
    private Long marked;

    ProposalsView(UsageProposals proposals) {
        this.proposals = proposals;
        addClassNames("list-view", "proposals-view");
        setSizeFull();
        var hint = new Span(getTranslation("proposals.hint"));
        hint.addClassName("proposals-hint");
        toolbar = new ListToolbar(getTranslation("proposals.search"), this::refresh);
        kind = toolbar.addFilter(getTranslation("proposals.kind.all"), ProposalKind.values(),
                k -> getTranslation("proposals.kind." + k.name().toLowerCase(java.util.Locale.ROOT)));
        kind.setId("proposals-kind-filter");
        kind.setWidth("18em");
        add(hint, toolbar, grid);
        columns();
        grid.setEmptyStateText(getTranslation("proposals.empty"));
        grid.setItems(query -> proposals.list(kind.getValue(), toolbar.searchText(), query.getOffset(),
                query.getLimit()).stream(), query -> (int) proposals.count(kind.getValue(), toolbar.searchText()));
        grid.setPartNameGenerator(p -> p.id() == (marked == null ? -1 : marked) ? "marked" : null);
        setFlexGrow(1, grid);
    }

    private void columns() {
        grid.addComponentColumn(p -> twoLines(ProposalTexts.day(this, p), ProposalTexts.hours(p)))
                .setHeader(getTranslation("proposals.column.when")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(p -> twoLines(p.title(), ProposalTexts.kind(this, p), "proposals-kind"))
                .setHeader(getTranslation("proposals.column.proposal")).setFlexGrow(3);
        grid.addComponentColumn(p -> twoLines(ProposalTexts.place(p), p.organisationName()))
                .setHeader(getTranslation("proposals.column.place")).setFlexGrow(2);
        grid.addColumn(p -> ProposalTexts.finding(this, p)).setHeader(getTranslation("proposals.column.finding"))
                .setFlexGrow(2);
        grid.addComponentColumn(this::actions).setKey("actions").setHeader(getTranslation("proposals.column.actions"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
    }

    private static Component twoLines(String main, String secondary) {
        return twoLines(main, secondary, "proposals-secondary");
    }

    private static Component twoLines(String main, String secondary, String secondaryClass) {
        var first = new Span(main);
        first.addClassName("proposals-main");
        var second = new Span(secondary);
        second.addClassName(secondaryClass);
        var cell = new Div(first, second);
        cell.addClassName("proposals-cell");
        return cell;
    }

    private Component actions(ProposalSummary proposal) {
        var cell = new Div();
        cell.addClassName("proposals-actions");
        if (!proposal.mayDecide()) {
            return cell;
        }
        var accept = new Button(getTranslation("proposals.accept"), VaadinIcon.CHECK.create(),
                e -> ProposalDecision.open(this, proposal, (room, reason) -> decided("proposals.accepted",
                        DomainErrors.attempt(() -> proposals.accept(proposal.id(), room, reason)))));
        accept.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        accept.addClassName("accept");
        var dismiss = new Button(getTranslation("proposals.dismiss"), VaadinIcon.CLOSE_SMALL.create(),
                e -> Confirmations.destructive(getTranslation("proposals.dismiss.header"),
                        getTranslation("proposals.dismiss.text", proposal.title()),
                        getTranslation("proposals.dismiss"), () -> decided("proposals.dismissed",
                                DomainErrors.attempt(() -> proposals.dismiss(proposal.id())))));
        dismiss.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        dismiss.addClassName("dismiss");
        cell.add(accept, dismiss);
        return cell;
    }

    private void decided(String key, ProposalSummary done) {
        if (done != null) {
            Notifications.success(getTranslation(key, done.title()));
        }
        refresh();
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter Long id) {
        marked = id;
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.proposals");
    }
}
