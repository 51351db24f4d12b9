package org.servicecentre.centre.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.servicecentre.centre.CentreDraft;
import org.servicecentre.centre.CentreService;
import org.servicecentre.centre.CentreSummary;
import org.servicecentre.centre.RegionService;
import org.servicecentre.security.AccountService;
import org.servicecentre.shared.ui.Notifications;

/** The first tab of the centre page: address, phone, zone, managers, status, and an edit button for editors. */
@org.springframework.stereotype.Component
class CentreDetailsPanel {

    private final CentreService centres;
    private final RegionService regions;
    private final AccountService accounts;

    CentreDetailsPanel(CentreService centres, RegionService regions, AccountService accounts) {
        this.centres = centres;
        this.regions = regions;
        this.accounts = accounts;
    }

    Component create(CentreSummary centre, boolean editable) {
        var facts = new Div();
        facts.addClassName("facts");
        var layout = new VerticalLayout();
        layout.setPadding(false);
        fact(facts, layout, "centres.address", centre.address());
        fact(facts, layout, "centres.phone", centre.phone());
        fact(facts, layout, "centres.time-zone", centre.timeZone().getId());
        fact(facts, layout, "centres.managers", String.join("、", accounts.managerNamesOf(centre.id())));
        fact(facts, layout, "centres.status", layout.getTranslation(centre.active()
                ? "centres.status.active" : "centres.status.inactive"));
        layout.add(facts);
        if (editable) {
            var edit = new Button(layout.getTranslation("centre.details.edit"), VaadinIcon.EDIT.create(),
                    e -> edit(centre));
            edit.setId("edit-centre");
            edit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            layout.add(edit);
        }
        return layout;
    }

    private static void fact(Div facts, Component context, String labelKey, String value) {
        var label = new Span(context.getTranslation(labelKey));
        label.addClassName("fact-label");
        var text = new Span(value == null || value.isBlank() ? context.getTranslation("centre.details.none") : value);
        text.addClassName("fact-value");
        facts.add(label, text);
    }

    private void edit(CentreSummary centre) {
        var form = new CentreForm(regions.all(), "centres.edit", true);
        form.edit(CentreDraft.of(centre), draft -> {
            var saved = centres.update(centre.id(), draft);
            Notifications.success(form.getTranslation("centres.saved", saved.name()));
            UI.getCurrent().refreshCurrentRoute(true);
        });
    }
}
