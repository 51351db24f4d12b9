package org.servicecentre.notification.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import org.servicecentre.notification.Channel;
import org.servicecentre.notification.NotificationState;
import org.servicecentre.notification.OutboxAdmin;
import org.servicecentre.notification.OutboxEntry;
import org.servicecentre.notification.OutboxFilter;
import org.servicecentre.shared.ui.Confirmations;
import org.servicecentre.shared.ui.DomainErrors;
import org.servicecentre.shared.ui.ListToolbar;
import org.servicecentre.shared.ui.Notifications;

/**
 * The administrators' outbox: every message scheduled to be sent (e-mail, SMS, inbox), how many stand in each state,
 * filtered by state, channel, kind and text; failed and dead messages can be sent again. Addresses are masked.
 */
@Route("admin/outbox")
@Menu(order = 45, icon = "vaadin:envelopes-o", title = "nav.outbox")
@RolesAllowed("ADMIN")
class OutboxView extends VerticalLayout implements HasDynamicTitle {

    private final OutboxAdmin outbox;
    private final Grid<OutboxEntry> grid = new Grid<>();
    private final OutboxCounts counts = new OutboxCounts(this::filterByState);
    private final ListToolbar toolbar = new ListToolbar(getTranslation("outbox.search.placeholder"), this::refresh);
    private final ComboBox<NotificationState> state;
    private final ComboBox<Channel> channel;
    private final ComboBox<String> kind = new ComboBox<>();
    private final Button retryDead = new Button(getTranslation("outbox.retryAllDead"),
            VaadinIcon.ROTATE_RIGHT.create());
    private final Component nothingYet = emptyState("outbox.empty");
    private final Component nothingMatches = emptyState("outbox.empty.filtered");

    OutboxView(OutboxAdmin outbox) {
        this.outbox = outbox;
        addClassNames("list-view", "outbox-view");
        setSizeFull();
        toolbar.searchField().setId("outbox-search");
        state = toolbar.addFilter(getTranslation("outbox.filter.allStates"), NotificationState.values(),
                this::stateName);
        state.setId("outbox-state-filter");
        state.addValueChangeListener(e -> counts.choose(e.getValue()));
        channel = toolbar.addFilter(getTranslation("outbox.filter.allChannels"), Channel.values(), this::channelName);
        channel.setId("outbox-channel-filter");
        kindFilter();
        retryDead.addThemeVariants(ButtonVariant.LUMO_ERROR);
        retryDead.setId("outbox-retry-dead");
        retryDead.addClickListener(e -> confirmRetryAllDead());
        toolbar.add(retryDead);
        configureGrid();
        add(counts, toolbar, grid);
        setFlexGrow(1, grid);
        updateCounts();
    }

    private void kindFilter() {
        kind.setPlaceholder(getTranslation("outbox.filter.allKinds"));
        kind.setAriaLabel(getTranslation("outbox.filter.allKinds"));
        kind.setItems(query -> outbox.kinds().stream()
                .filter(k -> query.getFilter().map(f -> k.contains(f.toLowerCase(Locale.ROOT))).orElse(true))
                .skip(query.getOffset()).limit(query.getLimit()));
        kind.setClearButtonVisible(true);
        kind.setId("outbox-kind-filter");
        kind.addValueChangeListener(e -> refresh());
        toolbar.addField(kind);
    }

    private void configureGrid() {
        grid.setId("outbox-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setSizeFull();
        grid.addComponentColumn(this::due).setHeader(getTranslation("outbox.column.due")).setKey("due")
                .setWidth("7.5rem").setFlexGrow(0);
        grid.addComponentColumn(this::kind).setHeader(getTranslation("outbox.column.kind")).setKey("kind")
                .setWidth("8rem").setFlexGrow(0);
        grid.addColumn(e -> channelName(e.channel())).setHeader(getTranslation("outbox.column.channel"))
                .setKey("channel").setWidth("5.5rem").setFlexGrow(0);
        grid.addComponentColumn(this::recipient).setHeader(getTranslation("outbox.column.recipient"))
                .setKey("recipient").setWidth("9rem").setFlexGrow(1);
        grid.addColumn(OutboxEntry::subject).setHeader(getTranslation("outbox.column.subject")).setKey("subject")
                .setWidth("11rem").setFlexGrow(3).setTooltipGenerator(OutboxEntry::subject);
        grid.addComponentColumn(this::stateBadge).setHeader(getTranslation("outbox.column.state")).setKey("state")
                .setWidth("7rem").setFlexGrow(0);
        grid.addColumn(OutboxEntry::attempts).setHeader(getTranslation("outbox.column.attempts")).setKey("attempts")
                .setWidth("4rem").setFlexGrow(0);
        grid.addColumn(e -> e.lastError() == null ? "" : e.lastError())
                .setHeader(getTranslation("outbox.column.lastError")).setKey("lastError").setWidth("8.5rem")
                .setFlexGrow(2).setTooltipGenerator(OutboxEntry::lastError);
        grid.addComponentColumn(this::retryButton).setKey("actions").setWidth("7rem").setFlexGrow(0);
        grid.setEmptyStateComponent(nothingYet);
        grid.setItems(query -> outbox.list(filter(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, outbox.count(filter())));
    }

    /** Date over time, so the column stays narrow. */
    private Component due(OutboxEntry entry) {
        String[] parts = Ago.precise(entry.dueAt()).split(" ");
        var due = new Div(new Span(parts[0]), new Span(parts[1]));
        due.addClassName("outbox-due");
        return due;
    }

    private Component kind(OutboxEntry entry) {
        var kind = new Span(entry.kind());
        kind.addClassName("outbox-kind");
        kind.setTitle(entry.key());
        return kind;
    }

    private Component recipient(OutboxEntry entry) {
        var name = new Span(entry.recipient() == null ? "" : entry.recipient());
        var cell = new Div(name);
        if (entry.address() != null) {
            var address = new Span(entry.address());
            address.addClassName("outbox-address");
            cell.add(address);
        }
        cell.addClassName("outbox-recipient");
        return cell;
    }

    private Span stateBadge(OutboxEntry entry) {
        var badge = new Span(stateName(entry.state()));
        badge.addClassNames("badge", "outbox-state-" + entry.state().name().toLowerCase(Locale.ROOT));
        return badge;
    }

    private Component retryButton(OutboxEntry entry) {
        if (entry.state() != NotificationState.FAILED && entry.state() != NotificationState.DEAD) {
            return new Span();
        }
        var retry = new Button(getTranslation("outbox.retry"), VaadinIcon.ROTATE_RIGHT.create(),
                e -> confirmRetry(entry));
        retry.addThemeVariants(ButtonVariant.LUMO_SMALL);
        retry.setId("retry-" + entry.id());
        return retry;
    }

    private void confirmRetry(OutboxEntry entry) {
        Confirmations.destructive(getTranslation("outbox.retry.title"),
                getTranslation("outbox.retry.text", entry.subject(), channelName(entry.channel())),
                getTranslation("outbox.retry"), () -> {
                    if (DomainErrors.attempt(() -> outbox.retry(entry.id()))) {
                        Notifications.success(getTranslation("outbox.retried"));
                        refresh();
                    }
                }).setId("confirm-retry");
    }

    private void confirmRetryAllDead() {
        long dead = outbox.countsByState().get(NotificationState.DEAD);
        Confirmations.destructive(getTranslation("outbox.retryAllDead.title"),
                getTranslation("outbox.retryAllDead.text", dead), getTranslation("outbox.retryAllDead"), () -> {
                    Integer retried = DomainErrors.attempt(outbox::retryAllDead);
                    if (retried != null) {
                        Notifications.success(getTranslation("outbox.retriedAll", retried));
                        refresh();
                    }
                }).setId("confirm-retry-dead");
    }

    private Component emptyState(String textKey) {
        var empty = new Div(VaadinIcon.ENVELOPES_O.create(), new Paragraph(getTranslation(textKey)));
        empty.addClassName("outbox-empty");
        return empty;
    }

    private void filterByState(NotificationState chosen) {
        state.setValue(chosen);
    }

    private OutboxFilter filter() {
        return new OutboxFilter(state.getValue(), channel.getValue(), kind.getValue(), toolbar.searchText());
    }

    private void refresh() {
        var filter = filter();
        boolean filtered = filter.state() != null || filter.channel() != null || filter.kind() != null
                || !filter.text().isBlank();
        grid.setEmptyStateComponent(filtered ? nothingMatches : nothingYet);
        grid.getDataProvider().refreshAll();
        updateCounts();
    }

    private void updateCounts() {
        var byState = outbox.countsByState();
        counts.show(byState);
        retryDead.setEnabled(byState.get(NotificationState.DEAD) > 0);
    }

    private String stateName(NotificationState value) {
        return getTranslation("outbox.state." + value.name().toLowerCase(Locale.ROOT));
    }

    private String channelName(Channel value) {
        return getTranslation("outbox.channel." + value.name().toLowerCase(Locale.ROOT));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("outbox.title");
    }
}
