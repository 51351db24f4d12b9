package org.servicecentre.programme.ui;

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
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.servicecentre.programme.TicketKeyService;
import org.servicecentre.programme.TicketKeyState;
import org.servicecentre.programme.TicketKeySummary;
import org.servicecentre.shared.ui.Confirmations;
import org.servicecentre.shared.ui.DomainErrors;
import org.servicecentre.shared.ui.Notifications;

/**
 * The keys that sign residents' QR tickets, for admins: which one signs, which only verify, which are retired; rotate
 * to a new key, and retire an old one once its tickets are no longer needed. The key ring has a handful of rows, so
 * the grid takes them all at once.
 */
@Route("admin/ticket-keys")
@Menu(order = 42, icon = "vaadin:key", title = "nav.ticket-keys")
@RolesAllowed("ADMIN")
class TicketKeysView extends VerticalLayout implements HasDynamicTitle {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final TicketKeyService keys;
    private final Grid<TicketKeySummary> grid = new Grid<>();

    TicketKeysView(TicketKeyService keys) {
        this.keys = keys;
        addClassName("list-view");
        setSizeFull();
        add(header(), grid);
        configureGrid();
        refresh();
    }

    private Div header() {
        var intro = new Paragraph(getTranslation("ticket-keys.intro"));
        intro.addClassName("ticket-keys-intro");
        var rotate = new Button(getTranslation("ticket-keys.rotate"), VaadinIcon.REFRESH.create(), e -> rotate());
        rotate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        rotate.setId("rotate-key");
        var text = new Div(intro);
        text.addClassName("grow");
        var header = new Div(text, rotate);
        header.addClassNames("list-toolbar", "ticket-keys-header");
        return header;
    }

    private void configureGrid() {
        grid.setId("ticket-keys-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setSizeFull();
        grid.addColumn(k -> getTranslation("ticket-keys.key", k.id())).setHeader(getTranslation("ticket-keys.column.id"))
                .setKey("id").setWidth("7rem").setFlexGrow(0);
        grid.addComponentColumn(this::stateBadge).setHeader(getTranslation("ticket-keys.column.state"))
                .setKey("state").setWidth("8rem").setFlexGrow(0);
        grid.addColumn(k -> getTranslation("ticket-keys.meaning." + lower(k.state())))
                .setHeader(getTranslation("ticket-keys.column.meaning")).setKey("meaning").setFlexGrow(1);
        grid.addColumn(k -> format(k.createdAt())).setHeader(getTranslation("ticket-keys.column.created"))
                .setKey("created").setWidth("10.5rem").setFlexGrow(0);
        grid.addColumn(k -> k.retiredAt() == null ? "" : format(k.retiredAt()))
                .setHeader(getTranslation("ticket-keys.column.retired")).setKey("retired").setWidth("10.5rem")
                .setFlexGrow(0);
        grid.addComponentColumn(this::retireButton).setKey("actions").setWidth("6rem").setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("ticket-keys.empty"));
    }

    private Span stateBadge(TicketKeySummary key) {
        var badge = new Span(getTranslation("ticket-keys.state." + lower(key.state())));
        badge.addClassNames("badge", switch (key.state()) {
            case ACTIVE -> "success";
            case VERIFY_ONLY -> "changed";
            case RETIRED -> "muted";
        });
        return badge;
    }

    private Span retireButton(TicketKeySummary key) {
        var cell = new Span();
        if (key.state() == TicketKeyState.VERIFY_ONLY) {
            var retire = new Button(getTranslation("ticket-keys.retire"), e -> confirmRetire(key));
            retire.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            retire.addClassName("retire-key");
            cell.add(retire);
        }
        return cell;
    }

    private void rotate() {
        var created = DomainErrors.attempt(keys::rotate);
        if (created != null) {
            Notifications.success(getTranslation("ticket-keys.rotated", created.id()));
            refresh();
        }
    }

    private void confirmRetire(TicketKeySummary key) {
        Confirmations.destructive(getTranslation("ticket-keys.retire.title", key.id()),
                getTranslation("ticket-keys.retire.text"), getTranslation("ticket-keys.retire.confirm"),
                () -> retire(key)).setId("confirm-retire");
    }

    private void retire(TicketKeySummary key) {
        if (DomainErrors.attempt(() -> keys.retire(key.id())) != null) {
            Notifications.success(getTranslation("ticket-keys.retired", key.id()));
            refresh();
        }
    }

    private void refresh() {
        grid.setItems(keys.list());
    }

    private String format(Instant instant) {
        return FORMAT.withLocale(getLocale()).withZone(ZONE).format(instant);
    }

    private static String lower(TicketKeyState state) {
        return state.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.ticket-keys");
    }
}
