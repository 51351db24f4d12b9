package org.servicecentre.occupancy.ui;

import com.vaadin.flow.component.html.Div;
import java.text.NumberFormat;
import java.util.function.Function;
import org.servicecentre.occupancy.PeopleFigures;
import org.servicecentre.occupancy.SatisfactionFigures;
import org.servicecentre.occupancy.UsageFigures;
import org.servicecentre.occupancy.ui.KpiCard.Direction;

/** The dashboard's headline figures as a row of cards, each compared with the previous period of the same length. */
class KpiCards extends Div {

    /** The figures of one period. */
    record Figures(UsageFigures usage, PeopleFigures people, SatisfactionFigures satisfaction) {
    }

    KpiCards() {
        addClassName("usage-kpis");
        setId("usage-kpis");
    }

    void show(Figures now, Figures before, UsageTexts texts) {
        removeAll();
        var u = now.usage();
        var p = now.people();
        add(share("kpi-utilisation", "usage.kpi.utilisation", now, before, f -> f.usage().utilisation(),
                texts.t("usage.kpi.utilisation.detail", texts.hours(u.bookedMinutes()), texts.hours(u.openMinutes())),
                Direction.UP_IS_GOOD, texts));
        add(share("kpi-attended", "usage.kpi.attended", now, before, f -> f.usage().attendedUtilisation(),
                texts.t("usage.kpi.attended.detail", texts.hours(u.attendedMinutes())), Direction.UP_IS_GOOD, texts));
        add(count("kpi-sessions", "usage.kpi.sessions", p.sessions(), before.people().sessions(),
                texts.t("usage.kpi.sessions.detail", texts.number(u.heldBookings())), texts));
        add(count("kpi-attendances", "usage.kpi.attendances", p.attendances(), before.people().attendances(),
                texts.t("usage.kpi.attendances.detail", texts.number(p.registrations()), texts.number(p.walkIns())),
                texts));
        add(count("kpi-residents", "usage.kpi.residents", p.newResidents(), before.people().newResidents(),
                texts.t("usage.kpi.residents.detail", texts.number(p.returningResidents()),
                        texts.number(p.distinctResidents())), texts));
        add(share("kpi-no-show", "usage.kpi.noshow", now, before, f -> f.usage().noShowRate(),
                texts.t("usage.kpi.noshow.detail", texts.number(u.releasedBookings() + u.unattendedBookings()),
                        texts.number(u.heldBookings())), Direction.DOWN_IS_GOOD, texts));
        add(share("kpi-release", "usage.kpi.release", now, before, f -> f.usage().releaseRate(),
                texts.t("usage.kpi.release.detail", texts.number(u.releasedBookings())), Direction.DOWN_IS_GOOD,
                texts));
        add(satisfaction(now.satisfaction(), before.satisfaction(), texts));
    }

    private static KpiCard share(String id, String key, Figures now, Figures before, Function<Figures, Double> metric,
                                 String detail, Direction direction, UsageTexts texts) {
        var card = new KpiCard(id, texts.t(key)).show(texts.percent(metric.apply(now)), detail);
        Double current = metric.apply(now);
        Double previous = metric.apply(before);
        if (current == null || previous == null) {
            return card.change(null, texts.t("usage.change.none"), direction);
        }
        double points = (current - previous) * 100;
        var format = NumberFormat.getNumberInstance(texts.locale());
        format.setMaximumFractionDigits(1);
        format.setMinimumFractionDigits(0);
        var text = Math.abs(points) < 0.05 ? texts.t("usage.change.same")
                : texts.t(points > 0 ? "usage.change.points.up" : "usage.change.points.down",
                        format.format(Math.abs(points)));
        return card.change(points, text, direction);
    }

    private static KpiCard count(String id, String key, long current, long previous, String detail, UsageTexts texts) {
        var card = new KpiCard(id, texts.t(key)).show(texts.number(current), detail);
        return card.change((double) (current - previous), countChange(current, previous, texts), Direction.UP_IS_GOOD);
    }

    private static String countChange(long current, long previous, UsageTexts texts) {
        if (previous == 0) {
            return current == 0 ? texts.t("usage.change.same") : texts.t("usage.change.new");
        }
        if (current == previous) {
            return texts.t("usage.change.same");
        }
        var format = NumberFormat.getPercentInstance(texts.locale());
        format.setMaximumFractionDigits(0);
        double change = (double) (current - previous) / previous;
        return texts.t(change > 0 ? "usage.change.up" : "usage.change.down", format.format(Math.abs(change)));
    }

    private static KpiCard satisfaction(SatisfactionFigures now, SatisfactionFigures before, UsageTexts texts) {
        var index = now.index();
        var card = new KpiCard("kpi-satisfaction", texts.t("usage.kpi.satisfaction"))
                .show(index == null ? texts.t("usage.none") : texts.number(index),
                        index == null ? texts.t("usage.kpi.satisfaction.empty")
                                : texts.t("usage.kpi.satisfaction.detail", texts.number(now.responses())));
        var previous = before.index();
        if (index == null || previous == null) {
            return card.change(null, texts.t("usage.change.none"), Direction.UP_IS_GOOD);
        }
        int delta = index - previous;
        return card.change((double) delta, delta == 0 ? texts.t("usage.change.same")
                : texts.t(delta > 0 ? "usage.change.index.up" : "usage.change.index.down", Math.abs(delta)),
                Direction.UP_IS_GOOD);
    }
}
