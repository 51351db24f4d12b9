package org.servicecentre.occupancy.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.servicecentre.occupancy.Granularity;
import org.servicecentre.occupancy.UsageHeatmap;
import org.servicecentre.occupancy.UsagePeriod;
import org.servicecentre.occupancy.UsagePoint;
import org.servicecentre.shared.ui.charts.EChart;

/** The utilisation trend (by week or month, booked against attended) and the weekday × hour heatmap side by side. */
class TrendAndHeatmap extends Div {

    private final Select<Granularity> granularity = new Select<>();
    private final EChart trend = new EChart();
    private final EChart heatmap = new EChart();
    private final Paragraph trendSummary = new Paragraph();
    private final Paragraph heatmapSummary = new Paragraph();
    private final Paragraph heatmapEmpty = new Paragraph();
    private boolean quiet;

    TrendAndHeatmap(Consumer<Granularity> changed) {
        addClassName("usage-panels");
        granularity.setId("usage-granularity");
        granularity.setItems(Granularity.WEEK, Granularity.MONTH);
        granularity.setItemLabelGenerator(g -> getTranslation("usage.granularity." + g.name().toLowerCase(Locale.ROOT)));
        granularity.setAriaLabel(getTranslation("usage.granularity"));
        granularity.setWidth("8em");
        granularity.addValueChangeListener(e -> {
            if (!quiet && e.getValue() != null) {
                changed.accept(e.getValue());
            }
        });
        var trendHead = new HorizontalLayout(new H3(getTranslation("usage.trend")), granularity);
        trendHead.setAlignItems(FlexComponent.Alignment.CENTER);
        trendHead.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        trendHead.setWidthFull();
        trend.setId("usage-trend");
        trend.setHeight("300px");
        trend.setAccessibleName(getTranslation("usage.trend"));
        trend.setSummary(trendSummary);
        var trendPanel = new Div(trendHead, trend);
        trendPanel.addClassNames("usage-panel", "usage-panel-wide");

        heatmap.setId("usage-heatmap");
        heatmap.setRenderer(EChart.Renderer.SVG);
        heatmap.setHeight("300px");
        heatmap.setAccessibleName(getTranslation("usage.heatmap"));
        heatmap.setSummary(heatmapSummary);
        heatmapEmpty.addClassName("usage-panel-empty");
        heatmapEmpty.setText(getTranslation("usage.heatmap.empty"));
        var heatmapPanel = new Div(new H3(getTranslation("usage.heatmap")), heatmap, heatmapEmpty);
        heatmapPanel.addClassNames("usage-panel", "usage-panel-wide");
        add(trendPanel, heatmapPanel);
    }

    /** Weeks for up to about four months, months beyond. */
    static Granularity defaultFor(UsagePeriod period) {
        return period.days() <= 120 ? Granularity.WEEK : Granularity.MONTH;
    }

    Granularity granularity() {
        return granularity.getValue();
    }

    void setGranularity(Granularity value) {
        quiet = true;
        try {
            granularity.setValue(value);
        } finally {
            quiet = false;
        }
    }

    void showTrend(List<UsagePoint> points, UsagePeriod period, UsageTexts texts) {
        trend.setOption(UsageCharts.trend(points, granularity.getValue(), period.from(), texts));
        trendSummary.setText(String.join(texts.t("usage.list.separator"), points.stream()
                .map(p -> texts.t("usage.trend.summary", texts.bucket(p.start(), granularity.getValue()),
                        texts.percent(p.figures().utilisation()), texts.percent(p.figures().attendedUtilisation())))
                .toList()));
    }

    void showHeatmap(UsageHeatmap figures, UsageTexts texts) {
        var option = UsageCharts.heatmap(figures, texts);
        heatmap.setVisible(option != null);
        heatmapEmpty.setVisible(option == null);
        if (option != null) {
            heatmap.setOption(option);
            heatmapSummary.setText(busiest(figures, texts));
        }
    }

    /** The busiest weekday and hour in words, for screen readers. */
    private static String busiest(UsageHeatmap figures, UsageTexts texts) {
        java.time.DayOfWeek bestDay = null;
        int bestHour = 0;
        double best = -1;
        for (var day : java.time.DayOfWeek.values()) {
            for (int hour = 0; hour < 24; hour++) {
                var share = figures.utilisation(day, hour);
                if (share != null && share > best) {
                    best = share;
                    bestDay = day;
                    bestHour = hour;
                }
            }
        }
        return bestDay == null ? "" : texts.t("usage.heatmap.summary", texts.weekday(bestDay), texts.hour(bestHour),
                texts.percent(best));
    }
}
