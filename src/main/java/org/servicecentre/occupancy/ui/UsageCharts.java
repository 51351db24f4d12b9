package org.servicecentre.occupancy.ui;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.servicecentre.occupancy.AttendanceShare;
import org.servicecentre.occupancy.Granularity;
import org.servicecentre.occupancy.UsageHeatmap;
import org.servicecentre.occupancy.UsagePoint;
import org.servicecentre.shared.ui.charts.ChartOption;
import tools.jackson.databind.node.ObjectNode;

/** The dashboards' chart options, from statistics to ECharts, with translated labels and the Lumo palette. */
final class UsageCharts {

    private UsageCharts() {
    }

    /** Booked and attended utilisation bucket by bucket, in percent (a first partial bucket named by the period's start). */
    static ChartOption trend(List<UsagePoint> points, Granularity granularity, LocalDate from, UsageTexts texts) {
        var labels = points.stream().map(p -> texts.bucket(p.start().isBefore(from) ? from : p.start(), granularity))
                .toList();
        var booked = points.stream().map(p -> UsageTexts.chartPercent(p.figures().utilisation())).toList();
        var attended = points.stream().map(p -> UsageTexts.chartPercent(p.figures().attendedUtilisation())).toList();
        return ChartOption.categories(labels)
                .bar(texts.t("usage.chart.booked"), booked)
                .bar(texts.t("usage.chart.attended"), attended)
                .colours(List.of(UsageTexts.PRIMARY_LIGHT, UsageTexts.PRIMARY))
                .customise(json -> ((ObjectNode) json.get("yAxis")).put("max", 100).putObject("axisLabel")
                        .put("formatter", "{value}%"));
    }

    /**
     * Utilisation (percent) by weekday (rows) and hour (columns), only over the hours the rooms were ever open, or
     * null when they never were.
     */
    static ChartOption heatmap(UsageHeatmap heatmap, UsageTexts texts) {
        var hours = openHours(heatmap);
        if (hours.isEmpty()) {
            return null;
        }
        var days = List.of(DayOfWeek.values());
        var values = new Number[days.size()][hours.size()];
        for (int d = 0; d < days.size(); d++) {
            for (int h = 0; h < hours.size(); h++) {
                var share = heatmap.utilisation(days.get(d), hours.get(h));
                values[d][h] = share == null ? null : Math.round(share * 100);
            }
        }
        return ChartOption.heatmap(hours.stream().map(texts::hour).toList(),
                        days.stream().map(texts::weekday).toList(), values)
                .customise(json -> {
                    var map = (ObjectNode) json.get("visualMap");
                    map.put("max", 100);
                    map.putObject("inRange").putArray("color").add(UsageTexts.PRIMARY_PALE)
                            .add(UsageTexts.PRIMARY_LIGHT).add(UsageTexts.PRIMARY).add(UsageTexts.PRIMARY_DARK);
                    map.putArray("text").add("100%").add("0%");
                    map.put("calculable", false).put("itemHeight", 160);
                    ((ObjectNode) json.get("series").get(0)).putObject("label").put("show", hours.size() <= 14)
                            .put("fontSize", 10);
                });
    }

    /** Attendances of each share (largest first, at most {@code limit}), as horizontal bars. */
    static ChartOption shares(List<AttendanceShare> shares, int limit, UsageTexts texts) {
        var top = shares.stream().sorted((a, b) -> Integer.compare(b.attendances(), a.attendances())).limit(limit)
                .toList();
        return ChartOption.categories(top.stream().map(AttendanceShare::name).toList())
                .bar(texts.t("usage.chart.attendances"), top.stream().map(AttendanceShare::attendances).toList())
                .horizontal()
                .colours(List.of(UsageTexts.PRIMARY))
                .customise(json -> {
                    json.remove("legend");
                    ((ObjectNode) json.get("grid")).put("bottom", 8).put("top", 8);
                    json.get("series").forEach(s -> ((ObjectNode) s)
                            .put("barMaxWidth", 18).putObject("label").put("show", true).put("position", "right"));
                });
    }

    /** The hours (0–23) in which any room was open at some point of the period. */
    static List<Integer> openHours(UsageHeatmap heatmap) {
        var hours = new ArrayList<Integer>();
        IntStream.range(0, 24).filter(h -> {
            for (var day : DayOfWeek.values()) {
                if (heatmap.open(day, h) > 0) {
                    return true;
                }
            }
            return false;
        }).forEach(hours::add);
        if (hours.isEmpty()) {
            return hours;
        }
        return IntStream.rangeClosed(hours.getFirst(), hours.getLast()).boxed().toList();
    }
}
