package org.servicecentre.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The chart component in a real Chromium: ECharts comes from the app's own frontend bundle, draws a bar chart on a
 * canvas and a heatmap as SVG, with Chinese text, follows its container's size, tells screen readers what it shows,
 * and nothing goes wrong in the console.
 */
@EndToEndTest
class EChartIT {

    @Test
    void drawsABarChartOnACanvasAndAHeatmapAsSvgWithoutConsoleErrors(Browser browser) {
        browser.open("dev/charts")
                .awaitVisible(By.cssSelector("sc-echart#bars"))
                .awaitCondition("both charts drawn", () -> drawn(browser));

        assertThat(browser.execute("""
                const bars = document.getElementById('bars');
                const heatmap = document.getElementById('heatmap');
                const canvas = bars.shadowRoot.querySelector('canvas');
                const svg = heatmap.shadowRoot.querySelector('svg');
                return [String(canvas.width > 0 && canvas.height > 0), String(svg.querySelectorAll('path').length > 50),
                    bars.getAttribute('role'), bars.getAttribute('aria-label'), heatmap.textContent.trim(),
                    String(bars.chart.getOption().series.length)];
                """)).containsExactly("true", "true", "figure", "每周预约与到场小时", "工作日下午最忙，周末上午最空。", "3");
        assertThat(browser.execute("""
                return [...document.getElementById('heatmap').shadowRoot.querySelectorAll('svg text')]
                    .map(t => t.textContent);
                """)).contains("周一", "周日", "8时", "19时");
        browser.screenshot("echart-bars-heatmap-zh");

        browser.viewport(700, 900, false);
        browser.awaitCondition("the bar chart narrows with its container", () -> "700".equals(browser.execute("""
                const bars = document.getElementById('bars');
                return [String(Math.round(bars.chart.getWidth() + 32))];
                """).getFirst()));
        browser.screenshot("echart-bars-heatmap-zh-700");

        assertThat(browser.consoleErrors()).isEmpty();
    }

    private static boolean drawn(Browser browser) {
        return browser.execute("""
                const bars = document.getElementById('bars');
                const heatmap = document.getElementById('heatmap');
                return [String(!!(bars && bars.shadowRoot.querySelector('canvas')
                    && heatmap && heatmap.shadowRoot.querySelector('svg')))];
                """).equals(java.util.List.of("true"));
    }
}
