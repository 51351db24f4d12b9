package org.servicecentre.programme.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.servicecentre.programme.ResidentCardPrints;
import org.servicecentre.programme.ResidentDraft;
import org.servicecentre.programme.ResidentService;
import org.servicecentre.programme.ResidentSummary;
import org.servicecentre.security.CurrentUser;
import org.servicecentre.security.Role;
import org.servicecentre.shared.DomainException;
import org.servicecentre.shared.ui.DomainErrors;
import org.servicecentre.shared.ui.ListToolbar;
import org.servicecentre.shared.ui.Notifications;

/**
 * The residents an NGO's staff work with (admins: everyone, masked): a lazy list, a search by phone number to find an
 * existing resident before entering a duplicate, a form for a new resident with the privacy notice, and a dialog per
 * resident for consents, edits, merging and the personal QR card. What is masked is decided by the service.
 */
@Route("residents")
@Menu(order = 7, icon = "vaadin:users", title = "nav.residents")
@RolesAllowed({"ADMIN", "NGO_STAFF"})
class ResidentsView extends VerticalLayout implements HasDynamicTitle {

    private final ResidentService residents;
    private final ResidentCardPrints cards;
    private final boolean staff;
    private final Grid<ResidentSummary> grid = new Grid<>();
    private final ListToolbar toolbar;
    private final Paragraph searchNote = new Paragraph();

    ResidentsView(ResidentService residents, ResidentCardPrints cards, CurrentUser currentUser) {
        this.residents = residents;
        this.cards = cards;
        this.staff = currentUser.scope().is(Role.NGO_STAFF);
        addClassName("list-view");
        setSizeFull();
        toolbar = new ListToolbar(getTranslation("residents.search.phone"), this::refresh);
        toolbar.searchField().setId("resident-phone-search");
        toolbar.addCreateButton(getTranslation("residents.new"), "new-resident", this::create);
        searchNote.addClassName("residents-search-note");
        searchNote.setId("resident-search-note");
        searchNote.setVisible(false);
        add(toolbar, searchNote, grid);
        configureGrid();
        refresh();
    }

    private void configureGrid() {
        grid.setId("residents-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        grid.addComponentColumn(this::nameCell).setHeader(getTranslation("residents.column.name")).setKey("name")
                .setFlexGrow(1);
        grid.addColumn(r -> r.phone() == null ? "" : r.phone()).setHeader(getTranslation("residents.column.phone"))
                .setKey("phone").setWidth("10rem").setFlexGrow(0);
        grid.addColumn(r -> ResidentTexts.groups(this, r.targetGroups()))
                .setHeader(getTranslation("residents.column.groups")).setKey("groups").setFlexGrow(2)
                .setTooltipGenerator(r -> ResidentTexts.groups(this, r.targetGroups()));
        grid.addComponentColumn(this::cardCell).setHeader(getTranslation("residents.column.card")).setKey("card")
                .setWidth("9rem").setFlexGrow(0);
        grid.addColumn(r -> ResidentTexts.dateTime(this, r.createdAt()))
                .setHeader(getTranslation("residents.column.created")).setKey("created").setWidth("10.5rem")
                .setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("residents.empty"));
        grid.addItemClickListener(e -> open(e.getItem()));
    }

    private Span nameCell(ResidentSummary resident) {
        var cell = new Span(new Span(ResidentTexts.label(this, resident)));
        cell.addClassName("resident-name");
        if (!resident.unmasked() && (resident.hasName() || resident.hasPhone())) {
            cell.add(ResidentTexts.maskedBadge(this));
        }
        return cell;
    }

    private Span cardCell(ResidentSummary resident) {
        var cell = new Span();
        if (resident.cardId() != null) {
            var badge = new Span(VaadinIcon.QRCODE.create(), new Span(getTranslation("residents.card.active")));
            badge.addClassNames("badge", "success", "resident-card-badge");
            cell.add(badge);
        }
        return cell;
    }

    private void refresh() {
        var phone = toolbar.searchText() == null ? "" : toolbar.searchText().strip();
        if (phone.isEmpty()) {
            searchNote.setVisible(false);
            grid.setItems(query -> residents.list(query.getOffset(), query.getLimit()).stream(),
                    query -> (int) residents.count());
            return;
        }
        List<ResidentSummary> found;
        try {
            found = residents.findByPhone(phone);
        } catch (DomainException e) {
            toolbar.searchField().setErrorMessage(getTranslation("residents.search.invalid"));
            toolbar.searchField().setInvalid(true);
            searchNote.setVisible(false);
            grid.setItems(List.of());
            return;
        }
        toolbar.searchField().setInvalid(false);
        searchNote.setText(getTranslation(found.isEmpty() ? "residents.search.none" : "residents.search.found",
                phone));
        searchNote.setVisible(true);
        grid.setItems(found);
    }

    private void create() {
        new ResidentForm(getTranslation("residents.form.new.title"), ResidentDraft.anonymous(), draft -> {
            var created = residents.create(draft);
            Notifications.success(getTranslation("residents.created", ResidentTexts.label(this, created)));
            refresh();
        }).open();
    }

    private void open(ResidentSummary resident) {
        var current = DomainErrors.attempt(() -> residents.get(resident.id()));
        if (current != null) {
            new ResidentDialog(residents, cards, current, staff, this::refresh).open();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.residents");
    }
}
