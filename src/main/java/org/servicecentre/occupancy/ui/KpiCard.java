package org.servicecentre.occupancy.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** One headline figure: what it is, its value, and how it changed since the previous period. */
class KpiCard extends Div {

    /** Whether a rise is good news (utilisation), bad news (no-shows) or neither. */
    enum Direction { UP_IS_GOOD, DOWN_IS_GOOD, NEUTRAL }

    private final Span value = new Span();
    private final Span change = new Span();
    private final Span detail = new Span();

    KpiCard(String id, String label) {
        setId(id);
        addClassName("usage-kpi");
        var title = new Span(label);
        title.addClassName("usage-kpi-label");
        value.addClassName("usage-kpi-value");
        change.addClassName("usage-kpi-change");
        detail.addClassName("usage-kpi-detail");
        add(title, value, detail, change);
    }

    KpiCard show(String shown, String detailText) {
        value.setText(shown);
        detail.setText(detailText == null ? "" : detailText);
        detail.setVisible(detailText != null && !detailText.isBlank());
        return this;
    }

    /**
     * The change since the previous period: {@code delta} is null when either period had no value; its sign and the
     * direction decide the colour.
     */
    KpiCard change(Double delta, String text, Direction direction) {
        change.setText(text);
        change.removeClassNames("good", "bad", "flat");
        if (delta == null || Math.abs(delta) < 1e-9 || direction == Direction.NEUTRAL) {
            change.addClassName("flat");
        } else {
            boolean good = delta > 0 == (direction == Direction.UP_IS_GOOD);
            change.addClassName(good ? "good" : "bad");
        }
        return this;
    }

    String valueText() {
        return value.getText();
    }

    String changeText() {
        return change.getText();
    }
}
