package org.servicecentre.notification.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.servicecentre.notification.NotificationState;

/** The outbox at a glance: how many messages are in each state; a click on one filters the list by it (again: all). */
class OutboxCounts extends Div {

    private final Map<NotificationState, Div> tiles = new EnumMap<>(NotificationState.class);
    private final Map<NotificationState, Span> numbers = new EnumMap<>(NotificationState.class);
    private final Consumer<NotificationState> onChoose;
    private NotificationState chosen;

    OutboxCounts(Consumer<NotificationState> onChoose) {
        this.onChoose = onChoose;
        addClassName("outbox-counts");
        setId("outbox-counts");
        for (NotificationState state : NotificationState.values()) {
            String name = state.name().toLowerCase(Locale.ROOT);
            var number = new Span("0");
            number.addClassName("outbox-count-number");
            var label = new Span(getTranslation("outbox.state." + name));
            label.addClassName("outbox-count-label");
            var tile = new Div(number, label);
            tile.addClassNames("outbox-count", "state-" + name);
            tile.setId("outbox-count-" + name);
            tile.getElement().setAttribute("role", "button");
            tile.getElement().setAttribute("tabindex", "0");
            tile.getElement().setAttribute("title", getTranslation("outbox.state." + name + ".help"));
            tile.addClickListener(e -> onChoose.accept(state == chosen ? null : state));
            tile.getElement().addEventListener("keydown", e -> onChoose.accept(state == chosen ? null : state))
                    .setFilter("event.key === 'Enter' || event.key === ' '");
            tiles.put(state, tile);
            numbers.put(state, number);
            add(tile);
        }
    }

    void show(Map<NotificationState, Long> counts) {
        counts.forEach((state, count) -> {
            numbers.get(state).setText(String.format(Locale.ROOT, "%,d", count));
            tiles.get(state).setClassName("empty", count == 0);
        });
    }

    /** Marks the state the list is filtered by (null: none). */
    void choose(NotificationState state) {
        chosen = state;
        tiles.forEach((s, tile) -> {
            tile.setClassName("chosen", s == state);
            tile.getElement().setAttribute("aria-pressed", Boolean.toString(s == state));
        });
    }
}
