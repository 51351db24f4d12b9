package org.servicecentre.booking.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.Locale;
import java.util.Set;
import org.servicecentre.booking.BookingFilter;
import org.servicecentre.booking.BookingQueries;
import org.servicecentre.booking.BookingStatus;
import org.servicecentre.booking.BookingSummary;
import org.servicecentre.centre.CentreService;
import org.servicecentre.centre.CentreSummary;
import org.servicecentre.security.CurrentUser;
import org.servicecentre.security.Role;
import org.servicecentre.shared.ui.ListToolbar;

/**
 * The bookings the user may see: NGO staff their organisation's, managers their centres', officers their region's,
 * admins all. Upcoming ones first by default; filter by status, centre, period and purpose; a row opens the booking.
 */
@Route("bookings")
@Menu(order = 3, icon = "vaadin:calendar-clock", title = "nav.bookings")
@RolesAllowed({"ADMIN", "REGION_OFFICER", "CENTRE_MANAGER", "NGO_STAFF"})
class BookingsView extends VerticalLayout implements HasDynamicTitle {

    /** Which part of time the list shows; no choice means all of it. */
    enum Period { UPCOMING, PAST }

    private final BookingQueries queries;
    private final Clock clock;
    private final String myName;
    private final ListToolbar toolbar;
    private final ComboBox<BookingStatus> status;
    private final ComboBox<CentreSummary> centre;
    private final ComboBox<Period> period;
    private final Grid<BookingSummary> grid = new Grid<>(BookingSummary.class, false);

    BookingsView(BookingQueries queries, CentreService centres, CurrentUser currentUser, Clock clock,
                 BookingDialogs dialogs) {
        this.queries = queries;
        this.clock = clock;
        var scope = currentUser.scope();
        this.myName = scope.displayName();
        var dialog = dialogs.create(this::refresh);
        addClassNames("list-view", "bookings-view");
        setSizeFull();

        toolbar = new ListToolbar(getTranslation("booking.list.search"), this::refresh);
        toolbar.searchField().setId("booking-search");
        period = toolbar.addFilter(getTranslation("booking.list.period.all"), Period.values(),
                p -> getTranslation("booking.list.period." + p.name().toLowerCase(Locale.ROOT)));
        period.setId("booking-period-filter");
        period.setValue(Period.UPCOMING);
        period.setWidth("10em");
        status = toolbar.addFilter(getTranslation("booking.list.status.all"), BookingStatus.values(),
                s -> getTranslation("booking.status." + s.name().toLowerCase(Locale.ROOT)));
        status.setId("booking-status-filter");
        status.setWidth("10em");
        centre = toolbar.addLazyFilter(getTranslation("booking.list.centre.all"),
                query -> centres.list(query.getFilter().orElse(""), null, query.getOffset(), query.getLimit())
                        .stream(), CentreSummary::name);
        centre.setId("booking-centre-filter");
        centre.setWidth("13em");
        boolean mayBook = !scope.is(Role.REGION_OFFICER);
        if (mayBook) {
            toolbar.addCreateButton(getTranslation("nav.findRoom"), "booking-find-room",
                    () -> getUI().ifPresent(ui -> ui.navigate(FreeRoomSearchView.class)));
        }

        columns(!scope.is(Role.NGO_STAFF));
        grid.setEmptyStateComponent(emptyState(mayBook));
        grid.setItems(query -> queries.list(filter(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) queries.count(filter()));
        grid.addItemClickListener(e -> dialog.open(e.getItem().id()));
        add(toolbar, grid);
        setFlexGrow(1, grid);
    }

    private void columns(boolean withOrganisation) {
        grid.addComponentColumn(this::when).setHeader(getTranslation("booking.list.when")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(BookingSummary::roomName).setHeader(getTranslation("booking.room")).setFlexGrow(1);
        // as wide as the centres' names, so that they do not break mid-word
        grid.addColumn(BookingSummary::centreName).setHeader(getTranslation("booking.centre")).setAutoWidth(true)
                .setFlexGrow(0);
        if (withOrganisation) {
            grid.addColumn(BookingSummary::organisationName).setHeader(getTranslation("booking.organisation"))
                    .setFlexGrow(2);
        }
        grid.addColumn(BookingSummary::purpose).setHeader(getTranslation("booking.purpose")).setFlexGrow(3);
        grid.addColumn(BookingSummary::expectedAttendance).setHeader(getTranslation("booking.list.attendance"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::badges).setHeader(getTranslation("booking.status")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addClassNames("clickable-rows", "bookings-grid");
        grid.setPartNameGenerator(b -> b.requestedBy() != null && b.requestedBy().equals(myName) ? "mine" : null);
    }

    private Component when(BookingSummary booking) {
        var text = new Span(BookingTexts.when(this, booking.start(), booking.end(), booking.zone()));
        text.addClassName("booking-when");
        return text;
    }

    private Component badges(BookingSummary booking) {
        var cell = new Div(BookingTexts.status(this, booking.status()));
        cell.addClassName("booking-badges");
        if (booking.requestedBy() != null && booking.requestedBy().equals(myName)) {
            cell.add(BookingTexts.badge(getTranslation("booking.mine"), "mine"));
        }
        return cell;
    }

    private Component emptyState(boolean mayBook) {
        var text = new Paragraph(getTranslation(mayBook ? "booking.list.empty" : "booking.list.empty.officer"));
        var empty = new Div(VaadinIcon.CALENDAR_O.create(), text);
        empty.addClassName("bookings-empty");
        if (mayBook) {
            var link = new RouterLink(getTranslation("booking.list.empty.link"), FreeRoomSearchView.class);
            link.setId("bookings-empty-search");
            empty.add(link);
        }
        return empty;
    }

    private BookingFilter filter() {
        var now = clock.instant();
        var from = period.getValue() == Period.UPCOMING ? now : null;
        var to = period.getValue() == Period.PAST ? now : null;
        return new BookingFilter(centre.getValue() == null ? null : centre.getValue().id(), null, null,
                status.getValue() == null ? null : Set.of(status.getValue()), from, to, toolbar.searchText());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.bookings");
    }
}
