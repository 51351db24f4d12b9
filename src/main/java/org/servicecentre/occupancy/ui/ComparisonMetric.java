package org.servicecentre.occupancy.ui;

import java.util.Locale;
import java.util.function.Function;

/** A figure centres are ranked by in the comparison. */
enum ComparisonMetric {
    UTILISATION(true, true, r -> r.usage().figures().utilisation()),
    ATTENDED_UTILISATION(true, true, r -> r.usage().figures().attendedUtilisation()),
    HELD_BOOKINGS(false, true, r -> (double) r.usage().figures().heldBookings()),
    NO_SHOW_RATE(true, false, r -> r.usage().figures().noShowRate()),
    SESSIONS(false, true, r -> (double) r.people().sessions()),
    ATTENDANCES(false, true, r -> (double) r.people().attendances()),
    SATISFACTION(false, true, r -> r.satisfaction().index() == null ? null : r.satisfaction().index().doubleValue());

    private final boolean share;
    private final boolean higherIsBetter;
    private final Function<ComparisonRow, Double> value;

    ComparisonMetric(boolean share, boolean higherIsBetter, Function<ComparisonRow, Double> value) {
        this.share = share;
        this.higherIsBetter = higherIsBetter;
        this.value = value;
    }

    /** The figure (a share 0–1 for rates), or null when there is none. */
    Double value(ComparisonRow row) {
        return value.apply(row);
    }

    boolean share() {
        return share;
    }

    boolean higherIsBetter() {
        return higherIsBetter;
    }

    String key() {
        return "compare.metric." + name().toLowerCase(Locale.ROOT);
    }

    String format(ComparisonRow row, UsageTexts texts) {
        var figure = value(row);
        if (figure == null) {
            return texts.t("usage.none");
        }
        return share ? texts.percent(figure) : texts.number(Math.round(figure));
    }

    /** The figure as charted: percent for rates, the count otherwise. */
    Double chartValue(ComparisonRow row) {
        var figure = value(row);
        return share ? UsageTexts.chartPercent(figure) : figure;
    }
}
