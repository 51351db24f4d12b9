package org.servicecentre.shared.ui.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A small builder for the ECharts options the dashboards need most: bars or lines over categories (weeks, centres,
 * target groups), a heatmap over two category axes (weekday x hour) and a pie. Every text given here is shown as is:
 * pass translated texts. For anything else, {@link #customise(Consumer)} edits the JSON, or build an
 * {@link ObjectNode} yourself and give it to {@link EChart#setOption(ObjectNode)}.
 *
 * <pre>{@code
 * chart.setOption(ChartOption.categories(List.of("周一", "周二"))
 *         .bar(getTranslation("charts.sample.booked"), List.of(12, 7))
 *         .line(getTranslation("charts.sample.attended"), List.of(9, 5))
 *         .valueAxisName("%"));
 * }</pre>
 */
public final class ChartOption {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final ObjectNode root = JSON.objectNode();
    private final List<Consumer<ObjectNode>> customisations = new ArrayList<>();

    private ChartOption() {
        root.putObject("tooltip").put("trigger", "axis");
    }

    /** Bars and/or lines over these categories (the x axis), one value per category in each series. */
    public static ChartOption categories(List<String> categories) {
        var option = new ChartOption();
        option.root.putObject("legend").put("bottom", 0);
        option.root.putObject("grid").put("left", 8).put("right", 16).put("top", 24).put("bottom", 40)
                .put("containLabel", true);
        strings(option.root.putObject("xAxis").put("type", "category"), "data", categories);
        option.root.putObject("yAxis").put("type", "value");
        option.root.putArray("series");
        return option;
    }

    /**
     * A heatmap: {@code values[y][x]} is the value at column {@code xCategories[x]} and row {@code yCategories[y]}
     * (e.g. hours across, weekdays down); null leaves a cell empty. The colour scale runs from 0 to the largest value.
     */
    public static ChartOption heatmap(List<String> xCategories, List<String> yCategories, Number[][] values) {
        if (values.length != yCategories.size()) {
            throw new IllegalArgumentException("expected " + yCategories.size() + " rows, got " + values.length);
        }
        var option = new ChartOption();
        option.root.putObject("tooltip").put("trigger", "item");
        option.root.putObject("grid").put("left", 8).put("right", 16).put("top", 16).put("bottom", 64)
                .put("containLabel", true);
        strings(option.root.putObject("xAxis").put("type", "category"), "data", xCategories)
                .putObject("splitArea").put("show", true);
        strings(option.root.putObject("yAxis").put("type", "category").put("inverse", true), "data", yCategories)
                .putObject("splitArea").put("show", true);
        var data = JSON.arrayNode();
        double max = 0;
        for (int y = 0; y < values.length; y++) {
            if (values[y].length != xCategories.size()) {
                throw new IllegalArgumentException("row " + y + " has " + values[y].length + " values, expected "
                        + xCategories.size());
            }
            for (int x = 0; x < values[y].length; x++) {
                if (values[y][x] != null) {
                    data.addArray().add(x).add(y).add(values[y][x].doubleValue());
                    max = Math.max(max, values[y][x].doubleValue());
                }
            }
        }
        option.root.putObject("visualMap").put("min", 0).put("max", max == 0 ? 1 : max).put("calculable", true)
                .put("orient", "horizontal").put("left", "center").put("bottom", 0);
        var series = option.root.putArray("series").addObject().put("type", "heatmap");
        series.set("data", data);
        series.putObject("emphasis").putObject("itemStyle").put("borderColor", "#333").put("borderWidth", 1);
        return option;
    }

    /** A pie (a ring when {@code ring}) of named values, e.g. attendance by target group. */
    public static ChartOption pie(String seriesName, List<String> names, List<? extends Number> values, boolean ring) {
        requireSameSize(names, values);
        var option = new ChartOption();
        option.root.putObject("tooltip").put("trigger", "item");
        option.root.putObject("legend").put("bottom", 0);
        var series = option.root.putArray("series").addObject().put("type", "pie").put("name", seriesName);
        if (ring) {
            series.putArray("radius").add("45%").add("70%");
        }
        var data = series.putArray("data");
        for (int i = 0; i < names.size(); i++) {
            data.addObject().put("name", names.get(i)).put("value", values.get(i).doubleValue());
        }
        return option;
    }

    /** Adds a bar series (stacked with other series of the same {@code stack} name when one is given). */
    public ChartOption bar(String name, List<? extends Number> values) {
        return series("bar", name, values);
    }

    /** Adds a line series. */
    public ChartOption line(String name, List<? extends Number> values) {
        return series("line", name, values);
    }

    /** Puts the last series added on this stack (series on one stack add up). */
    public ChartOption stack(String stack) {
        lastSeries().put("stack", stack);
        return this;
    }

    /** Bars lie along the y axis (long category names such as centres read better). */
    public ChartOption horizontal() {
        var x = root.get("xAxis");
        root.set("xAxis", root.get("yAxis"));
        root.set("yAxis", x);
        if (root.get("yAxis") instanceof ObjectNode y) {
            y.put("inverse", true);
        }
        return this;
    }

    /** The name shown at the value axis (a unit such as "%" or "小时"). */
    public ChartOption valueAxisName(String name) {
        var axis = "value".equals(root.path("yAxis").path("type").asString()) ? "yAxis" : "xAxis";
        ((ObjectNode) root.get(axis)).put("name", name);
        return this;
    }

    /** A title over the chart (usually the page says what the chart is, and none is needed). */
    public ChartOption title(String title) {
        root.putObject("title").put("text", title).put("left", "center");
        if (root.get("grid") instanceof ObjectNode grid) {
            grid.put("top", 48);
        }
        return this;
    }

    /** Series colours, in order (e.g. the app's palette). */
    public ChartOption colours(List<String> colours) {
        strings(root, "color", colours);
        return this;
    }

    /** Edits the JSON just before it is drawn, for what the builder does not cover. */
    public ChartOption customise(Consumer<ObjectNode> customisation) {
        customisations.add(Objects.requireNonNull(customisation));
        return this;
    }

    /** The ECharts option (a new copy each time). */
    public ObjectNode toJson() {
        var json = root.deepCopy();
        customisations.forEach(customisation -> customisation.accept(json));
        return json;
    }

    private ChartOption series(String type, String name, List<? extends Number> values) {
        var categories = root.path("xAxis").path("data").size() + root.path("yAxis").path("data").size();
        if (!(root.get("series") instanceof ArrayNode series) || categories == 0) {
            throw new IllegalStateException("bar and line series need ChartOption.categories(...)");
        }
        if (values.size() != categories) {
            throw new IllegalArgumentException("expected " + categories + " values, got " + values.size());
        }
        var data = series.addObject().put("type", type).put("name", name).putArray("data");
        values.forEach(value -> {
            if (value == null) {
                data.addNull();
            } else {
                data.add(value.doubleValue());
            }
        });
        return this;
    }

    private ObjectNode lastSeries() {
        var series = root.path("series");
        if (series.isEmpty()) {
            throw new IllegalStateException("no series yet");
        }
        return (ObjectNode) series.get(series.size() - 1);
    }

    private static ObjectNode strings(ObjectNode node, String field, List<String> texts) {
        var array = node.putArray(field);
        texts.forEach(array::add);
        return node;
    }

    private static void requireSameSize(List<?> names, List<?> values) {
        if (names.size() != values.size()) {
            throw new IllegalArgumentException(names.size() + " names but " + values.size() + " values");
        }
    }
}
