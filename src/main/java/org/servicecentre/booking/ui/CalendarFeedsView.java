package org.servicecentre.booking.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.servicecentre.booking.CalendarFeedKind;
import org.servicecentre.booking.CalendarFeedService;
import org.servicecentre.booking.CalendarFeedSummary;
import org.servicecentre.booking.IssuedCalendarFeed;
import org.servicecentre.centre.RoomService;
import org.servicecentre.security.CurrentUser;
import org.servicecentre.security.Role;
import org.servicecentre.shared.ui.Confirmations;
import org.servicecentre.shared.ui.DomainErrors;
import org.servicecentre.shared.ui.Notifications;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The caller's calendar links (.ics): NGO staff publish their organisation's bookings, managers a room of their
 * centres, to a phone or Outlook calendar. A new link is shown once; old ones can be revoked.
 */
@Route("bookings/feeds")
@Menu(order = 5, icon = "vaadin:calendar-envelope", title = "nav.bookingFeeds")
@RolesAllowed({"ADMIN", "CENTRE_MANAGER", "NGO_STAFF"})
class CalendarFeedsView extends VerticalLayout implements HasDynamicTitle {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZONE);

    private final CalendarFeedService feeds;
    private final RoomService rooms;
    private final CurrentUser currentUser;
    private final Grid<CalendarFeedSummary> grid = new Grid<>();

    CalendarFeedsView(CalendarFeedService feeds, RoomService rooms, CurrentUser currentUser) {
        this.feeds = feeds;
        this.rooms = rooms;
        this.currentUser = currentUser;
        addClassName("list-view");
        addClassName("feeds-view");
        setSizeFull();
        add(header(), grid);
        configureGrid();
        refresh();
    }

    private boolean forOrganisation() {
        return currentUser.scope().is(Role.NGO_STAFF);
    }

    private Div header() {
        var intro = new Paragraph(getTranslation(forOrganisation() ? "feeds.intro.organisation" : "feeds.intro.room"));
        intro.addClassName("tokens-intro");
        var create = new Button(getTranslation("feeds.create"), VaadinIcon.PLUS.create(), e -> create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("create-feed");
        var text = new Div(intro);
        text.addClassName("grow");
        var header = new Div(text, create);
        header.addClassNames("list-toolbar", "tokens-header");
        return header;
    }

    private void configureGrid() {
        grid.setId("feeds-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        grid.addColumn(this::what).setHeader(getTranslation("feeds.column.what")).setKey("what").setFlexGrow(1)
                .setTooltipGenerator(this::what);
        grid.addColumn(f -> TIME.format(f.createdAt())).setHeader(getTranslation("feeds.column.created"))
                .setKey("created").setWidth("10.5rem").setFlexGrow(0);
        grid.addComponentColumn(this::statusBadge).setHeader(getTranslation("feeds.column.status"))
                .setKey("status").setWidth("9rem").setFlexGrow(0);
        grid.addComponentColumn(this::revokeButton).setKey("actions").setWidth("6.5rem").setFlexGrow(0);
        grid.setEmptyStateText(getTranslation(forOrganisation() ? "feeds.empty.organisation" : "feeds.empty.room"));
    }

    private String what(CalendarFeedSummary feed) {
        return getTranslation(feed.kind() == CalendarFeedKind.ORGANISATION ? "feeds.kind.organisation"
                : "feeds.kind.room", feed.targetName());
    }

    private Span statusBadge(CalendarFeedSummary feed) {
        var badge = new Span(feed.active() ? getTranslation("feeds.status.active")
                : getTranslation("feeds.status.revoked", TIME.format(feed.revokedAt())));
        badge.addClassNames("badge", feed.active() ? "success" : "muted");
        return badge;
    }

    private Span revokeButton(CalendarFeedSummary feed) {
        var cell = new Span();
        if (feed.active()) {
            var revoke = new Button(getTranslation("feeds.revoke"), e -> confirmRevoke(feed));
            revoke.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            revoke.addClassName("revoke-feed");
            cell.add(revoke);
        }
        return cell;
    }

    private void create() {
        if (forOrganisation()) {
            var issued = DomainErrors.attempt(feeds::createForOrganisation);
            if (issued != null) {
                created(issued);
            }
        } else {
            new FeedRoomDialog(rooms, currentUser.scope(), room -> {
                var issued = DomainErrors.attempt(() -> feeds.createForRoom(room.id()));
                if (issued != null) {
                    created(issued);
                }
                return issued != null;
            }).open();
        }
    }

    private void created(IssuedCalendarFeed issued) {
        refresh();
        new FeedLinkDialog(what(issued.feed()), linkOf(issued)).open();
    }

    /** The absolute address a calendar app fetches: this server, as the browser reached it, plus the feed's path. */
    private static String linkOf(IssuedCalendarFeed issued) {
        var request = VaadinServletRequest.getCurrent();
        if (request == null) {
            return issued.path();
        }
        return ServletUriComponentsBuilder.fromContextPath(request.getHttpServletRequest()).path(issued.path())
                .toUriString();
    }

    private void confirmRevoke(CalendarFeedSummary feed) {
        Confirmations.destructive(getTranslation("feeds.revoke.title"),
                getTranslation("feeds.revoke.text", what(feed)), getTranslation("feeds.revoke.confirm"),
                () -> revoke(feed)).setId("confirm-revoke-feed");
    }

    private void revoke(CalendarFeedSummary feed) {
        if (DomainErrors.attempt(() -> feeds.revoke(feed.id())) != null) {
            Notifications.success(getTranslation("feeds.revoked"));
            refresh();
        }
    }

    private void refresh() {
        grid.setItems(feeds.mine());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("feeds.title");
    }
}
