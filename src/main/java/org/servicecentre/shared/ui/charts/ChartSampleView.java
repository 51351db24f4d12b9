package org.servicecentre.shared.ui.charts;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A developer's page (route {@code dev/charts}) with the two charts the dashboards rely on most, drawn from fixed
 * sample figures: bars and a line over weeks on a canvas, and a weekday x hour heatmap as SVG. It is registered only
 * when {@code servicecentre.dev-pages.enabled=true} (the tests set it; see {@link DevPages}), never in production,
 * but being a {@code @Route} it makes Vaadin's production bundle carry the chart code until a real dashboard does.
 */
@Route(value = "dev/charts", autoLayout = false, registerAtStartup = false)
@AnonymousAllowed
class ChartSampleView extends Div implements HasDynamicTitle {

    ChartSampleView() {
        addClassName("chart-sample");
        getStyle().set("padding", "16px").set("box-sizing", "border-box");

        var weeks = IntStream.of(45, 46, 47, 48).mapToObj(week -> getTranslation("charts.sample.week", week)).toList();
        var bars = new EChart(ChartOption.categories(weeks)
                .bar(getTranslation("charts.sample.booked"), List.of(120, 132, 101, 134))
                .bar(getTranslation("charts.sample.attended"), List.of(98, 110, 77, 120))
                .line(getTranslation("charts.sample.utilisation"), List.of(61.5, 66, 52.5, 70))
                .valueAxisName(getTranslation("charts.sample.hours")));
        bars.setId("bars");
        bars.setHeight("320px");
        bars.setAccessibleName(getTranslation("charts.sample.bars"));
        bars.setSummary(new Paragraph(getTranslation("charts.sample.bars.summary")));

        var hours = IntStream.rangeClosed(8, 19).mapToObj(hour -> getTranslation("charts.sample.hour", hour)).toList();
        var days = IntStream.rangeClosed(1, 7).mapToObj(day -> getTranslation("charts.sample.weekday." + day)).toList();
        var values = new Number[days.size()][hours.size()];
        for (int day = 0; day < values.length; day++) {
            for (int hour = 0; hour < hours.size(); hour++) {
                values[day][hour] = day == 6 && hour < 2 ? null : (day < 5 ? 40 : 15) + (hour >= 6 ? 45 : 10) - day * 3;
            }
        }
        var heatmap = new EChart(ChartOption.heatmap(hours, days, values)).setRenderer(EChart.Renderer.SVG);
        heatmap.setId("heatmap");
        heatmap.setHeight("360px");
        heatmap.setAccessibleName(getTranslation("charts.sample.heatmap"));
        heatmap.setSummary(new Paragraph(getTranslation("charts.sample.heatmap.summary")));

        add(bars, heatmap);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("charts.sample.title");
    }
}
