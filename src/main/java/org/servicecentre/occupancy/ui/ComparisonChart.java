package org.servicecentre.occupancy.ui;

import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.servicecentre.shared.ui.charts.ChartOption;
import org.servicecentre.shared.ui.charts.EChart;
import tools.jackson.databind.node.ObjectNode;

/** The centres ranked by one metric as horizontal bars, best at the top. */
class ComparisonChart extends EChart {

    private final Paragraph summary = new Paragraph();

    ComparisonChart() {
        setId("compare-chart");
        setSummary(summary);
    }

    void show(List<ComparisonRow> rows, ComparisonMetric metric, UsageTexts texts) {
        var ranked = ComparisonGrid.ranked(rows, metric).stream().filter(r -> metric.value(r) != null).toList();
        var name = texts.t(metric.key());
        setAccessibleName(texts.t("compare.chart.name", name));
        setHeight(Math.max(160, 30 * ranked.size() + 48) + "px");
        var option = ChartOption.categories(ranked.stream().map(ComparisonRow::name).toList())
                .bar(name, ranked.stream().map(metric::chartValue).toList())
                .horizontal()
                .colours(List.of(metric.higherIsBetter() ? UsageTexts.PRIMARY : UsageTexts.ERROR))
                .customise(json -> {
                    json.remove("legend");
                    ((ObjectNode) json.get("grid")).put("bottom", 8).put("top", 8).put("right", 48);
                    var label = ((ObjectNode) json.get("series").get(0)).put("barMaxWidth", 20).putObject("label")
                            .put("show", true).put("position", "right");
                    if (metric.share()) {
                        label.put("formatter", "{c}%");
                        ((ObjectNode) json.get("xAxis")).putObject("axisLabel").put("formatter", "{value}%");
                    }
                });
        setOption(option);
        summary.setText(String.join(texts.t("usage.list.separator"),
                ranked.stream().map(r -> texts.t("usage.share.summary", r.name(), metric.format(r, texts))).toList()));
    }
}
