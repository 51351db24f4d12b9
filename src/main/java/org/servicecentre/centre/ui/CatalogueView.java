package org.servicecentre.centre.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import org.servicecentre.centre.CatalogueEntryDraft;
import org.servicecentre.centre.CatalogueEntrySummary;
import org.servicecentre.centre.CatalogueLevel;
import org.servicecentre.centre.CatalogueService;
import org.servicecentre.security.CurrentUser;
import org.servicecentre.shared.ui.Confirmations;
import org.servicecentre.shared.ui.DomainErrors;
import org.servicecentre.shared.ui.ListToolbar;
import org.servicecentre.shared.ui.Notifications;

/**
 * The service catalogue as a tree (sector > category > item): everyone reads it and searches it; admins add,
 * edit, archive and delete entries.
 */
@Route("catalogue")
@Menu(order = 25, icon = "vaadin:list-ul", title = "nav.catalogue")
@RolesAllowed({"ADMIN", "REGION_OFFICER", "CENTRE_MANAGER", "NGO_STAFF"})
class CatalogueView extends VerticalLayout implements HasDynamicTitle {

    /** How many sectors a search opens up, with their categories, so that matching items show at once. */
    private static final int EXPANDED_ON_SEARCH = 50;

    private final CatalogueService catalogue;
    private final boolean admin;
    private final ListToolbar toolbar;
    private final TreeGrid<CatalogueEntrySummary> tree = new TreeGrid<>();
    private final CatalogueTreeData data;

    CatalogueView(CatalogueService catalogue, CurrentUser currentUser) {
        this.catalogue = catalogue;
        this.admin = currentUser.scope().isAdmin();
        addClassName("list-view");
        addClassName("catalogue-view");
        setSizeFull();
        toolbar = new ListToolbar(getTranslation("catalogue.search"), this::refresh);
        if (admin) {
            toolbar.addCreateButton(getTranslation("catalogue.new.sector"), "new-sector",
                    () -> create(CatalogueLevel.SECTOR, null));
            toolbar.addCreateButton(getTranslation("catalogue.new.category"), "new-category",
                    () -> create(CatalogueLevel.CATEGORY, null)).removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
            toolbar.addCreateButton(getTranslation("catalogue.new.item"), "new-item",
                    () -> create(CatalogueLevel.ITEM, null)).removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        data = new CatalogueTreeData(catalogue, toolbar::searchText);
        add(toolbar, tree);
        configureTree();
    }

    private void configureTree() {
        tree.setId("catalogue-tree");
        tree.addComponentHierarchyColumn(this::nameCell).setHeader(getTranslation("catalogue.name"))
                .setFlexGrow(2);
        tree.addColumn(CatalogueEntrySummary::code).setHeader(getTranslation("catalogue.code")).setWidth("12rem")
                .setFlexGrow(0);
        tree.addColumn(e -> e.description() == null ? "" : e.description())
                .setHeader(getTranslation("catalogue.description")).setFlexGrow(3);
        if (admin) {
            tree.addComponentColumn(this::actions).setHeader(getTranslation("catalogue.actions")).setAutoWidth(true)
                    .setFlexGrow(0);
        }
        tree.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        tree.setDataProvider(data);
        updateEmptyState();
        setFlexGrow(1, tree);
    }

    private Component nameCell(CatalogueEntrySummary entry) {
        var name = new Span(entry.name().in(getLocale()));
        name.addClassName("catalogue-name");
        name.addClassName("catalogue-" + entry.level().name().toLowerCase(Locale.ROOT));
        var cell = new Span(name);
        if (!entry.active()) {
            var archived = new Span(getTranslation("catalogue.archived"));
            archived.addClassNames("badge", "muted");
            cell.add(archived);
        }
        return cell;
    }

    private Component actions(CatalogueEntrySummary entry) {
        var cell = new Span();
        cell.addClassName("row-actions");
        var childLevel = entry.level().childLevel();
        if (childLevel != null && entry.active()) {
            cell.add(iconButton(VaadinIcon.PLUS, "catalogue.add." + childLevel.name().toLowerCase(Locale.ROOT),
                    () -> create(childLevel, entry)));
        }
        cell.add(iconButton(VaadinIcon.EDIT, "catalogue.edit", () -> edit(entry)));
        if (entry.active()) {
            cell.add(iconButton(VaadinIcon.ARCHIVE, "catalogue.archive", () -> confirmArchive(entry)));
        } else {
            cell.add(iconButton(VaadinIcon.ARROW_BACKWARD, "catalogue.restore", () -> restore(entry)));
        }
        var delete = iconButton(VaadinIcon.TRASH, "catalogue.delete", () -> confirmDelete(entry));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        cell.add(delete);
        return cell;
    }

    private Button iconButton(VaadinIcon icon, String labelKey, Runnable action) {
        var button = new Button(icon.create(), e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        button.setAriaLabel(getTranslation(labelKey));
        button.setTooltipText(getTranslation(labelKey));
        button.addClassName("action-" + labelKey.substring(labelKey.lastIndexOf('.') + 1));
        return button;
    }

    private void create(CatalogueLevel level, CatalogueEntrySummary parent) {
        var draft = new CatalogueEntryDraft();
        draft.setLevel(level);
        if (parent != null) {
            draft.setParentCode(parent.code());
        }
        new CatalogueEntryForm(catalogue, level, false).edit(draft, d -> {
            var created = catalogue.create(d);
            refreshAndReveal(parent);
            Notifications.success(getTranslation("catalogue.created", created.name().in(getLocale())));
        });
    }

    private void edit(CatalogueEntrySummary entry) {
        new CatalogueEntryForm(catalogue, entry.level(), true).edit(CatalogueEntryDraft.of(entry), d -> {
            var saved = catalogue.update(entry.id(), d);
            refresh();
            Notifications.success(getTranslation("catalogue.saved", saved.name().in(getLocale())));
        });
    }

    private void confirmArchive(CatalogueEntrySummary entry) {
        var name = entry.name().in(getLocale());
        Confirmations.destructive(getTranslation("catalogue.archive.title", name),
                getTranslation("catalogue.archive.text", name), getTranslation("catalogue.archive"), () -> {
                    if (DomainErrors.attempt(() -> catalogue.archive(entry.id())) != null) {
                        refresh();
                        Notifications.success(getTranslation("catalogue.archived.done", name));
                    }
                });
    }

    private void confirmDelete(CatalogueEntrySummary entry) {
        var name = entry.name().in(getLocale());
        Confirmations.destructive(getTranslation("catalogue.delete.title", name),
                getTranslation("catalogue.delete.text", name), getTranslation("catalogue.delete"), () -> {
                    if (DomainErrors.attempt(() -> catalogue.delete(entry.id()))) {
                        refresh();
                        Notifications.success(getTranslation("catalogue.deleted", name));
                    }
                });
    }

    private void restore(CatalogueEntrySummary entry) {
        if (DomainErrors.attempt(() -> catalogue.restore(entry.id())) != null) {
            refresh();
            Notifications.success(getTranslation("catalogue.restored", entry.name().in(getLocale())));
        }
    }

    private void refreshAndReveal(CatalogueEntrySummary parent) {
        refresh();
        if (parent != null) {
            tree.expand(parent);
        }
    }

    private void refresh() {
        data.refreshAll();
        updateEmptyState();
        if (!toolbar.searchText().isBlank()) {
            tree.expandRecursively(catalogue.children(null, toolbar.searchText(), 0, EXPANDED_ON_SEARCH), 1);
        }
    }

    private void updateEmptyState() {
        tree.setEmptyStateText(getTranslation(!toolbar.searchText().isBlank() ? "catalogue.empty.search"
                : admin ? "catalogue.empty.admin" : "catalogue.empty"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.catalogue");
    }
}
