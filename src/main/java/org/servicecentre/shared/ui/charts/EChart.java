package org.servicecentre.shared.ui.charts;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.dom.Element;
import java.util.Locale;
import java.util.Objects;
import tools.jackson.databind.node.ObjectNode;

/**
 * One Apache ECharts chart: the {@code <sc-echart>} element ({@code frontend/charts/sc-echart.js}, npm {@code echarts}
 * bundled into the app, never from a CDN). Give it an ECharts option, either as JSON ({@link #setOption(ObjectNode)},
 * for anything ECharts can do with bar, line, heatmap and pie charts) or from the small builder {@link ChartOption}.
 * <p>
 * Its size comes from CSS (100% wide and 300px high unless set with {@link #setWidth}/{@link #setHeight} or a class)
 * and it redraws itself whenever that size changes. A canvas chart is a picture to a screen reader: give every chart
 * a translated {@link #setAccessibleName(String) name} and, where the figures matter, a {@link #setSummary text
 * summary} (kept for screen readers, not shown). Texts inside the option (titles, axis names, series names) must be
 * translated by the caller like any other visible text.
 */
@Tag("sc-echart")
@NpmPackage(value = "echarts", version = EChart.ECHARTS_VERSION)
@JsModule("./charts/sc-echart.js")
public class EChart extends Component implements HasSize, HasStyle {

    /** The npm package drawing the charts. */
    public static final String ECHARTS_VERSION = "6.1.0";

    /** How ECharts draws: on a canvas (fast with many points) or as SVG (sharp when printed or zoomed). */
    public enum Renderer {
        CANVAS,
        SVG;

        String attribute() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private ObjectNode option;
    private Renderer renderer = Renderer.CANVAS;
    private Element summary;

    public EChart() {
        addClassName("sc-echart");
    }

    public EChart(ChartOption option) {
        this();
        setOption(option);
    }

    /** Draws this ECharts option, replacing the previous one (a copy is sent; later changes to it are not). */
    public EChart setOption(ObjectNode option) {
        this.option = Objects.requireNonNull(option, "option").deepCopy();
        getElement().setPropertyJson("option", this.option);
        return this;
    }

    /** Draws the option the builder describes. */
    public EChart setOption(ChartOption option) {
        return setOption(option.toJson());
    }

    /** The option being drawn (a copy), or null before one was set. */
    public ObjectNode getOption() {
        return option == null ? null : option.deepCopy();
    }

    public EChart setRenderer(Renderer renderer) {
        this.renderer = Objects.requireNonNull(renderer, "renderer");
        getElement().setAttribute("renderer", renderer.attribute());
        return this;
    }

    public Renderer getRenderer() {
        return renderer;
    }

    /** What the chart shows, in a few words, for screen readers (the element is an image to them). */
    public EChart setAccessibleName(String name) {
        if (name == null || name.isBlank()) {
            getElement().removeAttribute("aria-label");
        } else {
            getElement().setAttribute("aria-label", name);
        }
        return this;
    }

    public String getAccessibleName() {
        return getElement().getAttribute("aria-label");
    }

    /**
     * The chart's figures as text (a sentence, a list or a small table) for screen readers; it is not shown. Null
     * removes it.
     */
    public EChart setSummary(Component summary) {
        if (this.summary != null) {
            getElement().removeChild(this.summary);
            this.summary = null;
        }
        if (summary != null) {
            this.summary = summary.getElement();
            getElement().appendChild(this.summary);
        }
        return this;
    }
}
