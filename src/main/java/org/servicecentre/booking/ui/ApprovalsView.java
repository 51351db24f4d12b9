package org.servicecentre.booking.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import org.servicecentre.booking.BookingFilter;
import org.servicecentre.booking.BookingQueries;
import org.servicecentre.booking.BookingService;
import org.servicecentre.booking.BookingStatus;
import org.servicecentre.booking.BookingSummary;
import org.servicecentre.centre.CentreService;
import org.servicecentre.centre.CentreSummary;
import org.servicecentre.centre.RoomService;
import org.servicecentre.security.CurrentUser;
import org.servicecentre.shared.ui.DomainErrors;
import org.servicecentre.shared.ui.ListToolbar;
import org.servicecentre.shared.ui.Notifications;

/**
 * The approval inbox: requests for rooms that need approval in the centres the manager keeps, the soonest first.
 * Each is approved (with an optional note) or declined (with a reason the requester reads), one by one or several
 * approved at once; a decided request leaves the list.
 */
@Route("bookings/approvals")
@Menu(order = 4, icon = "vaadin:check-square-o", title = "nav.approvals")
@RolesAllowed({"ADMIN", "CENTRE_MANAGER"})
class ApprovalsView extends VerticalLayout implements HasDynamicTitle {

    private final BookingQueries queries;
    private final BookingService bookings;
    private final RoomService rooms;
    private final ListToolbar toolbar;
    private final ComboBox<CentreSummary> centre;
    private final Grid<BookingSummary> grid = new Grid<>(BookingSummary.class, false);
    private final Span pending = new Span();
    private final Button approveSelected = new Button();
    private final Map<Long, Integer> capacities = new HashMap<>();

    ApprovalsView(BookingQueries queries, BookingService bookings, RoomService rooms, CentreService centres,
                  CurrentUser currentUser) {
        this.queries = queries;
        this.bookings = bookings;
        this.rooms = rooms;
        addClassNames("list-view", "approvals-view");
        setSizeFull();
        toolbar = new ListToolbar(getTranslation("approvals.search"), this::refresh);
        var scope = currentUser.scope();
        centre = scope.isAdmin()
                ? toolbar.addLazyFilter(getTranslation("approvals.centre.all"), query -> centres.list(
                        query.getFilter().orElse(""), null, query.getOffset(), query.getLimit()).stream(),
                        CentreSummary::name)
                : toolbar.addFilter(getTranslation("approvals.centre.all"),
                        scope.centreIds().stream().sorted().map(centres::get).toArray(CentreSummary[]::new),
                        CentreSummary::name);
        centre.setId("approvals-centre-filter");
        centre.setWidth("16em");
        approveSelected.setText(getTranslation("approvals.approve.selected"));
        approveSelected.setIcon(VaadinIcon.CHECK.create());
        approveSelected.setId("approve-selected");
        approveSelected.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        approveSelected.setEnabled(false);
        approveSelected.addClickListener(e -> confirmApproveSelected());
        toolbar.add(approveSelected);
        add(header(), toolbar, grid);
        columns();
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addSelectionListener(e -> approveSelected.setEnabled(!e.getAllSelectedItems().isEmpty()));
        grid.setEmptyStateText(getTranslation("approvals.empty"));
        grid.setItems(query -> queries.list(filter(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) queries.count(filter()));
        setFlexGrow(1, grid);
        updatePending();
    }

    private Component header() {
        pending.setId("approvals-pending");
        pending.addClassName("badge");
        var hint = new Span(getTranslation("approvals.hint"));
        hint.addClassName("approvals-hint");
        var header = new Div(pending, hint);
        header.addClassName("approvals-header");
        return header;
    }

    private void columns() {
        grid.addComponentColumn(b -> twoLines(ApprovalTexts.day(this, b), ApprovalTexts.hours(this, b), "approvals-time"))
                .setHeader(getTranslation("approvals.column.when"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(b -> twoLines(b.purpose(), b.organisationName()))
                .setHeader(getTranslation("approvals.column.purpose")).setFlexGrow(3);
        grid.addComponentColumn(b -> twoLines(b.roomName(), b.centreName()))
                .setHeader(getTranslation("approvals.column.room")).setFlexGrow(2);
        grid.addColumn(b -> getTranslation("approvals.attendance", b.expectedAttendance(), capacity(b)))
                .setHeader(getTranslation("approvals.column.attendance")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(b -> twoLines(b.requestedBy(), ApprovalTexts.requestedAt(this, b)))
                .setHeader(getTranslation("approvals.column.requested")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::actions).setKey("actions").setHeader(getTranslation("approvals.column.actions"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
    }

    /** A cell with a main line and a smaller, grey second line (organisation under purpose, centre under room). */
    private static Component twoLines(String main, String secondary) {
        return twoLines(main, secondary, "approvals-secondary");
    }

    private static Component twoLines(String main, String secondary, String secondaryClass) {
        var first = new Span(main);
        first.addClassName("approvals-main");
        var second = new Span(secondary);
        second.addClassName(secondaryClass);
        var cell = new Div(first, second);
        cell.addClassName("approvals-cell");
        return cell;
    }

    private Component actions(BookingSummary booking) {
        var approve = new Button(getTranslation("approvals.approve"), VaadinIcon.CHECK.create(),
                e -> DecisionDialog.approve(booking, note -> bookings.approve(booking.id(), note),
                        done -> decided("approvals.approved", done)));
        approve.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_SUCCESS);
        approve.addClassName("approve");
        var decline = new Button(getTranslation("approvals.decline"), VaadinIcon.CLOSE_SMALL.create(),
                e -> DecisionDialog.decline(booking, reason -> bookings.decline(booking.id(), reason),
                        done -> decided("approvals.declined", done)));
        decline.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        decline.addClassName("decline");
        var cell = new Div(approve, decline);
        cell.addClassName("approvals-actions");
        return cell;
    }

    private void confirmApproveSelected() {
        var selected = grid.getSelectedItems();
        var dialog = new ConfirmDialog(getTranslation("approvals.approve.selected.title"),
                getTranslation("approvals.approve.selected.text", selected.size()),
                getTranslation("approvals.approve.selected.confirm", selected.size()), e -> approveAll());
        dialog.setId("approve-selected-confirm");
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("form.cancel"));
        dialog.setConfirmButtonTheme("success primary");
        dialog.open();
    }

    private void approveAll() {
        int approved = 0;
        for (var booking : grid.getSelectedItems()) {
            if (DomainErrors.attempt(() -> bookings.approve(booking.id(), null)) != null) {
                approved++;
            }
        }
        if (approved > 0) {
            Notifications.success(getTranslation("approvals.approved.many", approved));
        }
        refresh();
    }

    private void decided(String key, BookingSummary booking) {
        Notifications.success(getTranslation(key, ApprovalTexts.title(this, booking)));
        refresh();
    }

    private int capacity(BookingSummary booking) {
        return capacities.computeIfAbsent(booking.roomId(), id -> rooms.get(id).capacity());
    }

    private BookingFilter filter() {
        return new BookingFilter(centre.getValue() == null ? null : centre.getValue().id(), null, null,
                EnumSet.of(BookingStatus.REQUESTED), null, null, toolbar.searchText());
    }

    private void refresh() {
        grid.deselectAll();
        grid.getDataProvider().refreshAll();
        updatePending();
    }

    private void updatePending() {
        long count = queries.inboxCount(null);
        pending.setText(getTranslation("approvals.pending", count));
        pending.getElement().getClassList().set("success", count == 0);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.approvals");
    }
}
