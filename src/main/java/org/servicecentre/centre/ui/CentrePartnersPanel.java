package org.servicecentre.centre.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import org.servicecentre.centre.AllianceService;
import org.servicecentre.centre.AllianceSummary;
import org.servicecentre.centre.CentreSummary;
import org.servicecentre.centre.PartnershipDraft;
import org.servicecentre.centre.PartnershipService;
import org.servicecentre.centre.PartnershipSummary;
import org.springframework.core.annotation.Order;

/**
 * The centre page's "alliances and partners" tab: the alliances the centre belongs to, and the organisations that
 * may book here, directly or through an alliance. Editors of the centre add and remove direct partnerships.
 */
@org.springframework.stereotype.Component
@Order(40)
class CentrePartnersPanel implements CentrePanel {

    private final AllianceService alliances;
    private final PartnershipService partnerships;

    CentrePartnersPanel(AllianceService alliances, PartnershipService partnerships) {
        this.alliances = alliances;
        this.partnerships = partnerships;
    }

    @Override
    public String id() {
        return "partners";
    }

    @Override
    public String titleKey() {
        return "centre.tab.partners";
    }

    @Override
    public Component create(CentreSummary centre, boolean editable) {
        var layout = new VerticalLayout();
        layout.setPadding(false);
        layout.setSizeFull();
        layout.addClassName("centre-partners");
        layout.add(heading(layout, "centre.partners.alliances"), allianceList(layout, centre));

        var grid = new Grid<PartnershipSummary>(PartnershipSummary.class, false);
        var removal = new PartnershipRemoval(partnerships, () -> grid.getDataProvider().refreshAll());
        var header = new HorizontalLayout(heading(layout, "centre.partners.organisations"));
        header.setWidthFull();
        header.addClassName("partners-header");
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        if (editable) {
            var add = new Button(layout.getTranslation("centre.partners.add"), VaadinIcon.PLUS.create(),
                    e -> add(centre, removal, grid));
            add.setId("add-partner");
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            header.add(add);
        }
        layout.add(header, grid(layout, grid, centre, editable, removal));
        layout.setFlexGrow(1, grid);
        return layout;
    }

    private Component allianceList(Component context, CentreSummary centre) {
        List<AllianceSummary> found = alliances.alliancesOf(centre.id());
        var list = new Div();
        list.setId("centre-alliances");
        list.addClassName("alliance-chips");
        if (found.isEmpty()) {
            var none = new Paragraph(context.getTranslation("centre.partners.alliances.none"));
            none.addClassName("empty-state");
            list.add(none);
        }
        for (var alliance : found) {
            var chip = new Span(alliance.name());
            chip.addClassNames("badge", alliance.active() ? "alliance" : "muted");
            if (!alliance.active()) {
                chip.add(new Span(" · " + context.getTranslation("alliances.status.archived")));
            }
            chip.setTitle(String.join("、", alliance.members().stream().map(m -> m.name()).toList()));
            list.add(chip);
        }
        return list;
    }

    private Grid<PartnershipSummary> grid(Component context, Grid<PartnershipSummary> grid, CentreSummary centre,
                                          boolean editable, PartnershipRemoval removal) {
        grid.setId("centre-partners");
        grid.addColumn(PartnershipSummary::organisationName)
                .setHeader(context.getTranslation("partnerships.organisation")).setFlexGrow(3);
        grid.addColumn(p -> p.targetsAlliance()
                        ? context.getTranslation("centre.partners.via.alliance", p.allianceName())
                        : context.getTranslation("centre.partners.via.direct"))
                .setHeader(context.getTranslation("centre.partners.via")).setFlexGrow(2);
        grid.addColumn(PartnershipSummary::note).setHeader(context.getTranslation("partnerships.note")).setFlexGrow(3);
        grid.addColumn(p -> PartnershipRemoval.date(p.createdAt()))
                .setHeader(context.getTranslation("partnerships.created-at")).setAutoWidth(true).setFlexGrow(0);
        if (editable) {
            grid.addComponentColumn(p -> removeButton(context, p, removal)).setAutoWidth(true).setFlexGrow(0);
        }
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(context.getTranslation("centre.partners.empty"));
        grid.setItems(query -> partnerships.list(null, centre.id(), null, query.getOffset(), query.getLimit())
                .stream(), query -> (int) partnerships.count(null, centre.id(), null));
        return grid;
    }

    private Component removeButton(Component context, PartnershipSummary partnership, PartnershipRemoval removal) {
        if (partnership.targetsAlliance() || !partnerships.mayRemove(partnership)) {
            return new Span();
        }
        var button = new Button(context.getTranslation("partnerships.remove"), VaadinIcon.CLOSE_SMALL.create(),
                e -> removal.ask(partnership));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        button.addClassName("remove-partnership");
        return button;
    }

    private void add(CentreSummary centre, PartnershipRemoval removal, Grid<PartnershipSummary> grid) {
        var draft = new PartnershipDraft();
        draft.setCentreId(centre.id());
        new PartnershipDialog(partnerships.organisationChoices(), List.of(centre), List.of(), centre)
                .edit(draft, edited -> {
                    removal.created(partnerships.create(edited));
                    grid.getDataProvider().refreshAll();
                });
    }

    private static H3 heading(Component context, String key) {
        var heading = new H3(context.getTranslation(key));
        heading.addClassName("section-heading");
        return heading;
    }
}
