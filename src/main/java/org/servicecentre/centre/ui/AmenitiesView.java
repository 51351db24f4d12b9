package org.servicecentre.centre.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.servicecentre.centre.AmenityDraft;
import org.servicecentre.centre.AmenityService;
import org.servicecentre.centre.AmenitySummary;
import org.servicecentre.shared.ui.Confirmations;
import org.servicecentre.shared.ui.DomainErrors;
import org.servicecentre.shared.ui.ListToolbar;
import org.servicecentre.shared.ui.Notifications;

/**
 * The list of amenities rooms may have (projector, kitchen, step-free access …), kept by admins. One that rooms
 * use cannot be deleted, only deactivated, which hides it from the pickers.
 */
@Route("admin/amenities")
@Menu(order = 33, icon = "vaadin:list-select", title = "nav.amenities")
@RolesAllowed("ADMIN")
class AmenitiesView extends VerticalLayout implements HasDynamicTitle {

    private final AmenityService amenities;
    private final ListToolbar toolbar;
    private final Grid<AmenitySummary> grid = new Grid<>(AmenitySummary.class, false);

    AmenitiesView(AmenityService amenities) {
        this.amenities = amenities;
        addClassName("list-view");
        setSizeFull();
        toolbar = new ListToolbar(getTranslation("amenities.search"), this::refresh);
        toolbar.addCreateButton(getTranslation("amenities.new"), "new-amenity", this::create);
        add(toolbar, grid);
        grid.addColumn(AmenitySummary::code).setHeader(getTranslation("amenities.code")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(AmenitySummary::nameZh).setHeader(getTranslation("amenities.name-zh")).setFlexGrow(1);
        grid.addColumn(AmenitySummary::nameEn).setHeader(getTranslation("amenities.name-en")).setFlexGrow(1);
        grid.addColumn(AmenitySummary::sortOrder).setHeader(getTranslation("amenities.order")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(a -> amenities.roomsWith(a.id())).setHeader(getTranslation("amenities.rooms"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::status).setHeader(getTranslation("amenities.status")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addClassName("clickable-rows");
        grid.setEmptyStateText(getTranslation("amenities.empty"));
        grid.setItems(query -> amenities.list(toolbar.searchText(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) amenities.count(toolbar.searchText()));
        grid.addItemClickListener(e -> edit(e.getItem()));
        setFlexGrow(1, grid);
    }

    private void create() {
        new AmenityForm("amenities.new", false).edit(new AmenityDraft(), draft -> {
            var created = amenities.create(draft);
            refresh();
            Notifications.success(getTranslation("amenities.created", created.nameZh()));
        });
    }

    private void edit(AmenitySummary amenity) {
        var form = new AmenityForm("amenities.edit", true);
        var delete = new Button(getTranslation("amenities.delete"), VaadinIcon.TRASH.create(),
                e -> confirmDelete(form, amenity));
        delete.setId("amenity-delete");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        delete.addClassName("footer-start");
        form.getFooter().addComponentAtIndex(0, delete);
        form.edit(AmenityDraft.of(amenity), draft -> {
            var saved = amenities.update(amenity.id(), draft);
            refresh();
            Notifications.success(getTranslation("amenities.saved", saved.nameZh()));
        });
    }

    private void confirmDelete(AmenityForm form, AmenitySummary amenity) {
        Confirmations.destructive(getTranslation("amenities.delete.title", amenity.name(getLocale())),
                getTranslation("amenities.delete.text"), getTranslation("amenities.delete.confirm"), () -> {
                    if (DomainErrors.attempt(() -> amenities.delete(amenity.id()))) {
                        form.close();
                        refresh();
                        Notifications.success(getTranslation("amenities.deleted", amenity.name(getLocale())));
                    }
                });
    }

    private Span status(AmenitySummary amenity) {
        var badge = new Span(getTranslation(amenity.active() ? "amenities.status.active" : "amenities.status.inactive"));
        badge.addClassNames("badge", amenity.active() ? "success" : "muted");
        return badge;
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.amenities");
    }
}
