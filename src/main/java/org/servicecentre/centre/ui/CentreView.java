package org.servicecentre.centre.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.servicecentre.centre.CentreService;
import org.servicecentre.centre.CentreSummary;
import org.servicecentre.shared.NotFoundException;
import org.springframework.security.access.AccessDeniedException;

/**
 * The page of one centre: its details first, then one tab per capability (rooms, hours and closures, services).
 * The selected tab is kept in the address so that a link can open it directly.
 */
@Route("centres/:centreId")
@RolesAllowed({"ADMIN", "REGION_OFFICER", "CENTRE_MANAGER", "NGO_STAFF"})
class CentreView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String TAB = "tab";

    private final CentreService centres;
    private final List<CentrePanel> panels;
    private final CentreDetailsPanel details;
    private final List<String> tabIds = new ArrayList<>();
    private String title = "";

    CentreView(CentreService centres, List<CentrePanel> panels, CentreDetailsPanel details) {
        this.centres = centres;
        this.panels = panels;
        this.details = details;
        addClassName("centre-view");
        setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var centre = find(event);
        if (centre == null) {
            return;
        }
        title = centre.name();
        removeAll();
        add(header(centre));
        boolean editable = centres.mayEdit(centre.id());
        var sheet = new TabSheet();
        sheet.setSizeFull();
        sheet.setId("centre-tabs");
        addPanel(sheet, "details", "centre.tab.details", details.create(centre, editable));
        for (var panel : panels) {
            addPanel(sheet, panel.id(), panel.titleKey(), panel.create(centre, editable));
        }
        int wanted = tabIds.indexOf(event.getLocation().getQueryParameters().getSingleParameter(TAB).orElse(""));
        sheet.setSelectedIndex(Math.max(wanted, 0));
        sheet.addSelectedChangeListener(e -> rememberTab(centre, tabIds.get(sheet.getSelectedIndex())));
        add(sheet);
        setFlexGrow(1, sheet);
    }

    private CentreSummary find(BeforeEnterEvent event) {
        try {
            long id = Long.parseLong(event.getRouteParameters().get("centreId").orElse(""));
            return centres.get(id);
        } catch (NumberFormatException | NotFoundException | AccessDeniedException e) {
            event.forwardTo(CentresView.class);
            return null;
        }
    }

    private void addPanel(TabSheet sheet, String id, String titleKey, Component content) {
        var tab = new Tab(getTranslation(titleKey));
        tab.setId("tab-" + id);
        sheet.add(tab, content);
        tabIds.add(id);
    }

    private Component header(CentreSummary centre) {
        var name = new H2(centre.name());
        name.addClassName("centre-title");
        var code = new Span(centre.code());
        code.addClassNames("badge", "muted");
        var level = new Span(getTranslation("centre.level." + centre.level().name().toLowerCase(Locale.ROOT)));
        level.addClassNames("badge");
        var region = new Span(centre.regionName());
        region.addClassName("centre-region");
        var header = new VerticalLayout(name, new Span(code, level, region));
        header.setPadding(false);
        header.setSpacing(false);
        header.addClassName("centre-header");
        return header;
    }

    private void rememberTab(CentreSummary centre, String tabId) {
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                "centres/" + centre.id() + "?" + QueryParameters.of(TAB, tabId).getQueryString()));
    }

    @Override
    public String getPageTitle() {
        return title.isEmpty() ? getTranslation("nav.centres") : title;
    }
}
