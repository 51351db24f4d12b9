/**
 * <sc-echart>: one Apache ECharts chart (npm `echarts`, bundled into the app: never from a CDN), used by the Java
 * component `org.servicecentre.shared.ui.charts.EChart`.
 *
 * - property `option`: the ECharts option (set by the server as JSON); each new value replaces the chart's option
 *   (`notMerge`), so series that are gone disappear;
 * - attribute `renderer`: `canvas` (default) or `svg`; changing it re-creates the chart;
 * - the size comes from CSS (the element is a block, 100% wide, 300px high unless styled) and the chart follows
 *   every change of that size (ResizeObserver), e.g. when the side navigation opens or the window is resized;
 * - screen readers: the host is a `role="figure"` named by the server's `aria-label`; the drawing itself is hidden
 *   from them, and light-DOM children (a text summary or a small table, the server's translated text) are read
 *   instead, while visually hidden;
 * - it fires `chart-rendered` after each option has been drawn (tests and screenshots wait for it).
 *
 * Only the parts the app's dashboards use are imported through `echarts/core`, to keep the bundle small: bar, line,
 * heatmap and pie charts; grid, tooltip, legend, visualMap, dataset and title components; canvas and SVG renderers.
 */
import * as echarts from 'echarts/core';
import { BarChart, HeatmapChart, LineChart, PieChart } from 'echarts/charts';
import {
  DatasetComponent,
  GridComponent,
  LegendComponent,
  TitleComponent,
  TooltipComponent,
  VisualMapComponent,
} from 'echarts/components';
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';

echarts.use([
  BarChart, HeatmapChart, LineChart, PieChart,
  DatasetComponent, GridComponent, LegendComponent, TitleComponent, TooltipComponent, VisualMapComponent,
  CanvasRenderer, SVGRenderer,
]);

/** Chinese first: the fonts a Chinese desktop, a Mac and a Debian machine have, then whatever sans-serif is there. */
const FONT_FAMILY = '"Noto Sans SC", "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", '
  + '"WenQuanYi Micro Hei", system-ui, sans-serif';

const template = document.createElement('template');
template.innerHTML = `
  <style>
    :host { display: block; position: relative; width: 100%; height: 300px; min-width: 0; }
    :host([hidden]) { display: none; }
    .chart { position: absolute; inset: 0; }
    .summary { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0);
      clip-path: inset(50%); white-space: nowrap; }
  </style>
  <div class="chart" part="chart" aria-hidden="true"></div>
  <div class="summary" part="summary"><slot></slot></div>
`;

class ScEChart extends HTMLElement {
  static get observedAttributes() {
    return ['renderer'];
  }

  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).appendChild(template.content.cloneNode(true));
    this._container = this.shadowRoot.querySelector('.chart');
    this._option = null;
    this._chart = null;
    this._resizer = new ResizeObserver(() => this._chart && this._chart.resize());
  }

  /** The ECharts option (a plain object); setting it redraws the chart. */
  get option() {
    return this._option;
  }

  set option(value) {
    this._option = value || null;
    this._draw();
  }

  connectedCallback() {
    if (!this.hasAttribute('role')) {
      this.setAttribute('role', 'figure');
    }
    this._resizer.observe(this);
    this._init();
  }

  disconnectedCallback() {
    this._resizer.disconnect();
    this._dispose();
  }

  attributeChangedCallback(name, oldValue, newValue) {
    if (name === 'renderer' && oldValue !== newValue && this._chart) {
      this._dispose();
      this._init();
    }
  }

  /** The ECharts instance (tests and page scripts may read it), or null while the element is not on the page. */
  get chart() {
    return this._chart;
  }

  _init() {
    if (this._chart || !this.isConnected) {
      return;
    }
    const renderer = this.getAttribute('renderer') === 'svg' ? 'svg' : 'canvas';
    this._chart = echarts.init(this._container, null, { renderer });
    this._chart.on('finished', () => {
      if (this._pendingEvent) {
        this._pendingEvent = false;
        this.dispatchEvent(new CustomEvent('chart-rendered', { detail: { renderer } }));
      }
    });
    this._draw();
  }

  _dispose() {
    if (this._chart) {
      this._chart.dispose();
      this._chart = null;
    }
  }

  _draw() {
    if (!this._chart) {
      return;
    }
    if (!this._option) {
      this._chart.clear();
      return;
    }
    const option = { ...this._option };
    option.textStyle = { fontFamily: FONT_FAMILY, ...(option.textStyle || {}) };
    this._pendingEvent = true;
    this._chart.setOption(option, { notMerge: true });
  }
}

customElements.define('sc-echart', ScEChart);
