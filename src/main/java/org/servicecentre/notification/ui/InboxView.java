package org.servicecentre.notification.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import org.servicecentre.notification.Inbox;
import org.servicecentre.notification.InboxItem;
import org.servicecentre.shared.ui.Notifications;

/**
 * The signed-in user's messages, newest first: unread or all, one opened beside the list (which marks it read), and
 * everything marked read at once. {@code inbox/12} opens message 12 (the bell links there).
 */
@Route("inbox")
@Menu(order = 7.5, icon = "vaadin:bell-o", title = "nav.inbox")
@PermitAll
class InboxView extends VerticalLayout implements HasDynamicTitle, HasUrlParameter<Long> {

    private final Inbox inbox;
    private final Clock clock;
    private final Grid<InboxItem> grid = new Grid<>();
    private final InboxMessagePanel message = new InboxMessagePanel();
    private final Tab unreadTab = new Tab();
    private final Tab allTab = new Tab(getTranslation("inbox.filter.all"));
    private final Tabs filter = new Tabs(unreadTab, allTab);
    private final Button markAll = new Button(getTranslation("inbox.markAllRead"), VaadinIcon.CHECK_SQUARE_O.create());

    InboxView(Inbox inbox, Clock clock) {
        this.inbox = inbox;
        this.clock = clock;
        addClassNames("list-view", "inbox-view");
        setSizeFull();
        filter.setId("inbox-filter");
        filter.addSelectedChangeListener(e -> refresh());
        markAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        markAll.setId("inbox-mark-all");
        markAll.addClickListener(e -> markAllRead());
        var grow = new Div();
        grow.addClassName("grow");
        var toolbar = new Div(filter, grow, markAll);
        toolbar.addClassName("list-toolbar");
        configureGrid();
        var body = new Div(grid, message);
        body.addClassName("inbox-body");
        add(toolbar, body);
        setFlexGrow(1, body);
        updateCounts();
        if (inbox.count(true) == 0) {
            filter.setSelectedTab(allTab);
        }
    }

    private void configureGrid() {
        grid.setId("inbox-grid");
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_NO_ROW_BORDERS,
                GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addClassName("inbox-grid");
        grid.addComponentColumn(item -> new InboxLine(item, clock.instant())).setKey("message");
        grid.setEmptyStateComponent(emptyState());
        grid.setItems(query -> inbox.list(unreadOnly(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, inbox.count(unreadOnly())));
        grid.getLazyDataView().setIdentifierProvider(InboxItem::id);
        grid.addItemClickListener(e -> open(e.getItem()));
    }

    private Component emptyState() {
        var title = new Span(getTranslation("inbox.empty.title"));
        title.addClassName("inbox-empty-title");
        var text = new Paragraph(getTranslation("inbox.empty.text"));
        var empty = new Div(VaadinIcon.BELL_SLASH.create(), title, text);
        empty.addClassName("inbox-empty");
        empty.setId("inbox-empty");
        return empty;
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter Long messageId) {
        if (messageId == null) {
            message.showNothing();
            return;
        }
        inbox.find(messageId).ifPresentOrElse(this::open, () -> {
            message.showNothing();
            Notifications.error(getTranslation("inbox.message.missing"));
        });
    }

    /** Shows the message and marks it read; in the unread list it stays until the list is reloaded. */
    private void open(InboxItem item) {
        if (item.unread()) {
            inbox.markRead(item.id());
            item = inbox.find(item.id()).orElse(item);
            grid.getDataProvider().refreshItem(item);
            updateCounts();
            InboxChanged.fire(UI.getCurrent());
        }
        grid.select(item);
        message.show(item, clock.instant());
    }

    private void markAllRead() {
        int marked = inbox.markAllRead();
        Notifications.success(getTranslation("inbox.markedAllRead", marked));
        refresh();
        InboxChanged.fire(UI.getCurrent());
    }

    private boolean unreadOnly() {
        return filter.getSelectedTab() == unreadTab;
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        updateCounts();
    }

    private void updateCounts() {
        long unread = inbox.count(true);
        unreadTab.setLabel(unread == 0 ? getTranslation("inbox.filter.unread")
                : getTranslation("inbox.filter.unreadCount", unread));
        markAll.setEnabled(unread > 0);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("inbox.title");
    }
}
