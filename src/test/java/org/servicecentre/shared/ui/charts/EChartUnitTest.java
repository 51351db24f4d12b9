package org.servicecentre.shared.ui.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.BaseJsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/** The Java side of the chart component, without a browser: what it sends to {@code <sc-echart>}. */
class EChartUnitTest {

    @Test
    void sendsTheOptionToTheElementAsJson() {
        var option = JsonNodeFactory.instance.objectNode();
        option.putObject("xAxis").put("type", "category");

        var chart = new EChart().setOption(option);
        option.put("changedLater", true);

        var sent = (BaseJsonNode) chart.getElement().getPropertyRaw("option");
        assertThat(sent.toString()).isEqualTo("{\"xAxis\":{\"type\":\"category\"}}");
        assertThat(chart.getOption()).isEqualTo(sent);
        assertThat(chart.getElement().getTag()).isEqualTo("sc-echart");
    }

    @Test
    void drawsOnACanvasUnlessToldToUseSvg() {
        var chart = new EChart();
        assertThat(chart.getRenderer()).isEqualTo(EChart.Renderer.CANVAS);

        chart.setRenderer(EChart.Renderer.SVG);

        assertThat(chart.getElement().getAttribute("renderer")).isEqualTo("svg");
    }

    @Test
    void tellsScreenReadersWhatItShowsWithANameAndAHiddenSummary() {
        var chart = new EChart().setAccessibleName("每周预约小时");
        var summary = new Paragraph("第48周：134小时");

        chart.setSummary(summary);
        chart.setSummary(new Paragraph("第49周：120小时"));

        assertThat(chart.getAccessibleName()).isEqualTo("每周预约小时");
        assertThat(chart.getElement().getChildCount()).isOne();
        assertThat(chart.getElement().getChild(0).getText()).isEqualTo("第49周：120小时");
        chart.setSummary(null).setAccessibleName(" ");
        assertThat(chart.getElement().getChildCount()).isZero();
        assertThat(chart.getElement().hasAttribute("aria-label")).isFalse();
    }

    @Test
    void buildsBarsAndLinesOverCategories() {
        var json = ChartOption.categories(List.of("周一", "周二"))
                .bar("预约", List.of(3, 4)).stack("hours")
                .line("到场", List.of(2.5, 4))
                .valueAxisName("小时")
                .toJson();

        assertThat(json.path("xAxis").path("data").toString()).isEqualTo("[\"周一\",\"周二\"]");
        assertThat(json.path("yAxis").path("name").asString()).isEqualTo("小时");
        assertThat(json.path("series").toString()).isEqualTo("[{\"type\":\"bar\",\"name\":\"预约\",\"data\":[3.0,4.0],"
                + "\"stack\":\"hours\"},{\"type\":\"line\",\"name\":\"到场\",\"data\":[2.5,4.0]}]");
    }

    @Test
    void refusesASeriesWithTheWrongNumberOfValues() {
        var option = ChartOption.categories(List.of("周一", "周二"));

        assertThatThrownBy(() -> option.bar("预约", List.of(1))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("expected 2 values, got 1");
    }

    @Test
    void buildsAHeatmapOfXyValueTriplesWithAColourScaleUpToTheLargestValue() {
        var json = ChartOption.heatmap(List.of("8时", "9时"), List.of("周一", "周二"),
                new Number[][] {{1, null}, {0, 7.5}}).toJson();

        assertThat(json.path("series").get(0).path("type").asString()).isEqualTo("heatmap");
        assertThat(json.path("series").get(0).path("data").toString()).isEqualTo("[[0,0,1.0],[0,1,0.0],[1,1,7.5]]");
        assertThat(json.path("visualMap").path("max").asDouble()).isEqualTo(7.5);
        assertThat(json.path("yAxis").path("data").toString()).isEqualTo("[\"周一\",\"周二\"]");
    }

    @Test
    void horizontalBarsPutTheCategoriesOnTheYAxis() {
        var json = ChartOption.categories(List.of("科技园", "高新区")).bar("小时", List.of(5, 6)).horizontal()
                .valueAxisName("小时").toJson();

        assertThat(json.path("yAxis").path("type").asString()).isEqualTo("category");
        assertThat(json.path("xAxis").path("name").asString()).isEqualTo("小时");
    }

    @Test
    void buildsAPieAndLetsTheCallerCustomiseTheJson() {
        var json = ChartOption.pie("人次", List.of("长者", "儿童"), List.of(30, 12), true)
                .customise(option -> option.put("animation", false)).toJson();

        assertThat(json.path("series").get(0).path("data").toString())
                .isEqualTo("[{\"name\":\"长者\",\"value\":30.0},{\"name\":\"儿童\",\"value\":12.0}]");
        assertThat(json.path("series").get(0).path("radius").toString()).isEqualTo("[\"45%\",\"70%\"]");
        assertThat(json.path("animation").asBoolean()).isFalse();
    }
}
