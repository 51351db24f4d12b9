package org.servicecentre.occupancy.publicpage;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.servicecentre.occupancy.PublicMonthScore;
import org.servicecentre.occupancy.PublicScorecard;
import org.servicecentre.shared.ui.charts.ChartOption;
import org.servicecentre.shared.ui.charts.EChart;
import tools.jackson.databind.node.ObjectNode;

/** The scorecard's two charts: volume of service month by month (bars) and the monthly satisfaction index (line). */
class ScoreCharts extends Div {

    ScoreCharts(PublicScorecard card) {
        addClassName("score-charts");
        var months = card.months().stream().map(m -> ScoreTexts.month(this, m.month())).toList();
        var volume = new EChart(ChartOption.categories(months)
                .bar(getTranslation("score.sessions"), card.months().stream().map(PublicMonthScore::sessions).toList())
                .bar(getTranslation("score.attendances"),
                        card.months().stream().map(PublicMonthScore::attendances).toList())
                .bar(getTranslation("score.walk-ins"), card.months().stream().map(PublicMonthScore::walkIns).toList()))
                .setAccessibleName(getTranslation("score.chart.volume"));
        volume.setSummary(new Paragraph(getTranslation("score.chart.volume.summary", card.sessions(),
                card.attendances(), card.walkIns())));
        volume.addClassName("score-chart");
        List<Integer> index = card.months().stream().map(PublicMonthScore::index).toList();
        var satisfaction = new EChart(ChartOption.categories(months)
                .line(getTranslation("score.index.label"), index)
                .customise(o -> {
                    ((ObjectNode) o.get("yAxis")).put("min", 0).put("max", 100);
                    ((ObjectNode) o.get("series").get(0)).put("connectNulls", true).put("smooth", true);
                }))
                .setAccessibleName(getTranslation("score.chart.index"));
        satisfaction.addClassName("score-chart");
        var volumeCard = new Div(new H2(getTranslation("score.chart.volume")), volume);
        volumeCard.addClassName("public-card");
        var indexCard = new Div(new H2(getTranslation("score.chart.index")), satisfaction);
        indexCard.addClassName("public-card");
        add(volumeCard, indexCard);
    }
}
