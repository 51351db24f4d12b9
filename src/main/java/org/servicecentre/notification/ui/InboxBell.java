package org.servicecentre.notification.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.servicecentre.notification.Inbox;
import org.springframework.context.annotation.Scope;

/**
 * The bell in the app shell: how many messages are unread (no badge at 0), and on click the latest few with a way to
 * the inbox. The count refreshes after every navigation, after the user read something, and every 30 seconds while
 * the user is at the page. It is the browser that asks, and only after a click, key or scroll since it last asked: a
 * server-side UI poll would count as activity and keep an unattended session from ever reaching its idle sign-out.
 */
@SpringComponent
@Scope("prototype")
public class InboxBell extends Div {

    static final int LATEST = 6;
    static final int REFRESH_MILLIS = 30_000;

    private final Inbox inbox;
    private final Clock clock;
    private final Button button = new Button(VaadinIcon.BELL_O.create());
    private final Span badge = new Span();
    private final Popover popover = new Popover();
    private final Div latest = new Div();
    private final List<Registration> registrations = new ArrayList<>();

    InboxBell(Inbox inbox, Clock clock) {
        this.inbox = inbox;
        this.clock = clock;
        addClassName("inbox-bell");
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        button.setId("inbox-bell");
        badge.addClassName("inbox-bell-badge");
        badge.setId("inbox-bell-count");
        badge.getElement().setAttribute("aria-hidden", "true");
        add(button, badge, popover());
        refreshCount();
    }

    private Popover popover() {
        popover.setTarget(button);
        popover.setPosition(PopoverPosition.BOTTOM_END);
        popover.setWidth("360px");
        popover.addClassName("inbox-popover");
        popover.setAriaLabel(getTranslation("inbox.bell.title"));
        popover.addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                showLatest();
            }
        });
        var title = new Span(getTranslation("inbox.bell.title"));
        title.addClassName("inbox-popover-title");
        var markAll = new Button(getTranslation("inbox.markAllRead"), e -> markAllRead());
        markAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        markAll.setId("inbox-bell-mark-all");
        var header = new Div(title, markAll);
        header.addClassName("inbox-popover-header");
        latest.addClassName("inbox-popover-list");
        latest.setId("inbox-bell-latest");
        var all = new Button(getTranslation("inbox.bell.all"), e -> open(null));
        all.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        all.setId("inbox-bell-all");
        var footer = new Div(all);
        footer.addClassName("inbox-popover-footer");
        popover.add(header, latest, footer);
        return popover;
    }

    /** The latest messages, read or not, newest first. */
    void showLatest() {
        latest.removeAll();
        var items = inbox.list(false, 0, LATEST);
        var now = clock.instant();
        items.forEach(item -> {
            var line = new InboxLine(item, now);
            line.addClickListener(e -> open(item.id()));
            line.getElement().setAttribute("role", "link");
            line.getElement().setAttribute("tabindex", "0");
            line.getElement().addEventListener("keydown", e -> open(item.id())).setFilter("event.key === 'Enter'");
            latest.add(line);
        });
        if (items.isEmpty()) {
            var empty = new Paragraph(getTranslation("inbox.bell.empty"));
            empty.addClassName("inbox-popover-empty");
            latest.add(empty);
        }
        refreshCount();
    }

    private void open(Long messageId) {
        popover.close();
        if (messageId == null) {
            UI.getCurrent().navigate(InboxView.class);
        } else {
            UI.getCurrent().navigate(InboxView.class, messageId);
        }
    }

    private void markAllRead() {
        inbox.markAllRead();
        showLatest();
        InboxChanged.fire(UI.getCurrent());
    }

    /** Counts the unread messages again; the badge hides at 0 and the button says the number to screen readers. */
    void refreshCount() {
        long unread = inbox.unreadCount();
        badge.setText(unread > 99 ? "99+" : Long.toString(unread));
        badge.setVisible(unread > 0);
        String label = unread > 0 ? getTranslation("inbox.bell.unread", unread) : getTranslation("inbox.bell.none");
        button.setAriaLabel(label);
        button.setTooltipText(label);
    }

    @ClientCallable
    private void refreshFromBrowser() {
        refreshCount();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        registrations.add(ComponentUtil.addListener(ui, InboxChanged.class, e -> refreshCount()));
        registrations.add(ui.addAfterNavigationListener(e -> refreshCount()));
        getElement().executeJs("""
                const bell = this;
                let active = false;
                const seen = () => { active = true; };
                const kinds = ['pointerdown', 'keydown', 'wheel', 'touchstart'];
                kinds.forEach(k => document.addEventListener(k, seen, { capture: true, passive: true }));
                clearInterval(bell._inboxTimer);
                bell._inboxTimer = setInterval(() => {
                  if (!bell.isConnected) {
                    clearInterval(bell._inboxTimer);
                    kinds.forEach(k => document.removeEventListener(k, seen, { capture: true }));
                  } else if (active && !document.hidden) {
                    active = false;
                    bell.$server.refreshFromBrowser();
                  }
                }, $0);
                """, REFRESH_MILLIS);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        registrations.forEach(Registration::remove);
        registrations.clear();
    }
}
