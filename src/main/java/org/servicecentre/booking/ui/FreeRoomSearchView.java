package org.servicecentre.booking.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import org.servicecentre.booking.FreeRoomQuery;
import org.servicecentre.booking.FreeRoomSearch;
import org.servicecentre.centre.AmenityService;
import org.servicecentre.centre.CentreService;
import org.servicecentre.centre.RoomService;
import org.servicecentre.centre.RoomSummary;
import org.servicecentre.security.CurrentUser;
import org.servicecentre.security.Role;
import org.servicecentre.shared.ui.DomainErrors;

/**
 * Finds rooms free for a whole slot in the centres the user may book in, smallest room that fits first, and books
 * one from its card. Region officers may look but not book.
 */
@Route("bookings/search")
@Menu(order = 1, icon = "vaadin:search", title = "nav.findRoom")
@RolesAllowed({"ADMIN", "CENTRE_MANAGER", "NGO_STAFF", "REGION_OFFICER"})
class FreeRoomSearchView extends VerticalLayout implements HasDynamicTitle {

    private final FreeRoomSearch search;
    private final RoomService rooms;
    private final FreeRoomSearchForm form;
    private final BookingDialog dialog;
    private final SeriesDialogs seriesDialogs;
    private final boolean mayBook;
    private final ProgressBar progress = new ProgressBar();
    private final Div summary = new Div();
    private final Div results = new Div();

    FreeRoomSearchView(FreeRoomSearch search, AmenityService amenities, CentreService centres, RoomService rooms,
                       CurrentUser currentUser, Clock clock, BookingDialogs bookingDialogs,
                       SeriesDialogs seriesDialogs) {
        this.search = search;
        this.rooms = rooms;
        var scope = currentUser.scope();
        this.mayBook = !scope.is(Role.REGION_OFFICER);
        this.dialog = bookingDialogs.create(this::find);
        this.seriesDialogs = seriesDialogs;
        addClassNames("list-view", "search-view");
        setSizeFull();

        form = new FreeRoomSearchForm(clock, amenities.choices(),
                scope.isAdmin() || scope.is(Role.REGION_OFFICER) ? "search.centre.any" : "search.centre.mine");
        form.centreField().setItems(query -> centres.list(query.getFilter().orElse(""), null, query.getOffset(),
                query.getLimit()).stream());
        var find = new Button(getTranslation("search.submit"), VaadinIcon.SEARCH.create(), e -> find());
        find.setId("search-submit");
        find.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var intro = new Paragraph(getTranslation(mayBook ? "search.intro" : "search.intro.officer"));
        intro.addClassName("search-intro");
        var panel = new Div(intro, form, new Div(find));
        panel.addClassNames("card", "search-panel");
        // Enter searches from the form only, not from the booking dialog
        find.addClickShortcut(Key.ENTER).listenOn(panel);

        progress.setIndeterminate(true);
        progress.setId("search-progress");
        progress.setVisible(false);
        summary.setId("search-summary");
        summary.addClassName("search-summary");
        results.setId("search-results");
        results.addClassNames("cards", "search-results");
        // shown by the browser the moment the button is pressed, hidden again when the answer arrives
        find.getElement().executeJs("this.addEventListener('click', () => { $0.hidden = false; "
                + "$1.classList.add('searching'); })", progress.getElement(), results.getElement());
        add(panel, progress, summary, results);
        find();
    }

    /** Runs the search for what the form says; bad fields are marked and nothing is searched. */
    private void find() {
        try {
            if (!form.validate()) {
                summary.removeAll();
                return;
            }
            var zone = form.zone();
            FreeRoomQuery query = form.query(zone);
            List<RoomSummary> found = DomainErrors.attempt(() -> search.search(query));
            if (found != null) {
                show(found, query);
            }
        } finally {
            progress.getElement().executeJs("this.hidden = true; $0.classList.remove('searching')",
                    results.getElement());
        }
    }

    private void show(List<RoomSummary> found, FreeRoomQuery query) {
        var slot = query.slots().getFirst();
        var when = BookingTexts.when(this, slot.start(), slot.end(), form.zone());
        summary.removeAll();
        results.removeAll();
        if (found.isEmpty()) {
            boolean series = form.repeats();
            var title = new H3(series ? getTranslation("search.empty.title.series", query.slots().size(),
                    form.recurrenceText(), when) : getTranslation("search.empty.title", when));
            var hint = new Paragraph(getTranslation(series ? "search.empty.hint.series" : "search.empty.hint"));
            var empty = new Div(VaadinIcon.CALENDAR_O.create(), title, hint);
            empty.setId("search-empty");
            empty.addClassName("search-empty");
            summary.add(empty);
            return;
        }
        var pattern = form.recurrenceChoices();
        var count = new Span(pattern == null ? getTranslation("search.found", found.size(), when)
                : getTranslation("search.found.series", found.size(), query.slots().size(), form.recurrenceText(),
                BookingTexts.when(this, slot.start(), slot.end(), form.zone())));
        count.setId("search-count");
        summary.add(count);
        Integer people = form.people();
        for (var room : found) {
            Runnable book = !mayBook ? null : pattern == null
                    ? () -> dialog.openNew(room, slot.start(), slot.end(), people)
                    : () -> seriesDialogs.open(room, slot.start(), slot.end(), pattern, null, people, r -> find());
            results.add(new FreeRoomCard(room, rooms, book, pattern != null));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.findRoom");
    }
}
