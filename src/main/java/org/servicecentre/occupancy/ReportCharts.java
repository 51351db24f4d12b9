package org.servicecentre.occupancy;

import java.awt.Color;
import java.util.List;
import java.util.function.DoubleFunction;
import org.openpdf.text.Image;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;
import org.servicecentre.shared.pdf.PdfFonts;

/**
 * The charts of a work report, drawn into the PDF as vector graphics (a template placed like an image): a column
 * chart with a line over it for a trend, and horizontal bars for a breakdown. Flat colours, light grid, labels in the
 * report's font, so they print sharp and Chinese labels render.
 */
final class ReportCharts {

    static final Color BAR = new Color(0x15, 0x65, 0xc0);
    static final Color LINE = new Color(0xe6, 0x7e, 0x22);
    private static final Color GRID = new Color(0xdd, 0xe1, 0xe6);
    private static final Color AXIS = new Color(0x9a, 0xa5, 0xb1);
    private static final Color LABEL = new Color(0x4b, 0x55, 0x63);
    private static final float FONT = 7.5f;

    private ReportCharts() {
    }

    /**
     * Columns for {@code bars} and a line with dots for {@code line} (values 0–1, null = nothing), one per label,
     * with a legend above and the axis in percent.
     */
    static Image trend(PdfWriter writer, float width, float height, List<String> labels, List<Double> bars,
                       List<Double> line, String barLegend, String lineLegend, DoubleFunction<String> percent) {
        PdfTemplate t = writer.getDirectContent().createTemplate(width, height);
        float left = 34;
        float right = width - 6;
        float bottom = 18;
        float top = height - 20;
        double max = niceMax(bars, line);
        // grid and axis labels
        t.setLineWidth(0.4f);
        for (int i = 0; i <= 4; i++) {
            float y = bottom + (top - bottom) * i / 4;
            t.setColorStroke(i == 0 ? AXIS : GRID);
            t.moveTo(left, y);
            t.lineTo(right, y);
            t.stroke();
            text(t, percent.apply(max * i / 4), left - 4, y - 2.5f, PdfContentByte.ALIGN_RIGHT, LABEL);
        }
        int n = labels.size();
        if (n > 0) {
            float slot = (right - left) / n;
            float barWidth = Math.min(28, slot * 0.6f);
            int every = Math.max(1, (int) Math.ceil(n / 14.0));
            for (int i = 0; i < n; i++) {
                float centre = left + slot * (i + 0.5f);
                Double value = bars.get(i);
                if (value != null && value > 0) {
                    float h = (float) ((top - bottom) * Math.min(value, max) / max);
                    t.setColorFill(BAR);
                    t.rectangle(centre - barWidth / 2, bottom, barWidth, h);
                    t.fill();
                    if (n <= 16) {
                        text(t, percent.apply(value), centre, bottom + h + 2.5f, PdfContentByte.ALIGN_CENTER, LABEL);
                    }
                }
                if (i % every == 0) {
                    text(t, labels.get(i), centre, bottom - 10, PdfContentByte.ALIGN_CENTER, LABEL);
                }
            }
            // the line over the columns
            t.setColorStroke(LINE);
            t.setLineWidth(1.5f);
            boolean drawing = false;
            for (int i = 0; i < n; i++) {
                Double value = line.get(i);
                if (value == null) {
                    drawing = false;
                    continue;
                }
                float x = left + slot * (i + 0.5f);
                float y = bottom + (float) ((top - bottom) * Math.min(value, max) / max);
                if (drawing) {
                    t.lineTo(x, y);
                } else {
                    t.moveTo(x, y);
                    drawing = true;
                }
            }
            t.stroke();
            t.setColorFill(LINE);
            for (int i = 0; i < n; i++) {
                Double value = line.get(i);
                if (value != null) {
                    t.circle(left + slot * (i + 0.5f), bottom + (float) ((top - bottom) * Math.min(value, max) / max), 2);
                    t.fill();
                }
            }
        }
        legend(t, right, height - 8, List.of(barLegend, lineLegend), List.of(BAR, LINE));
        return image(t);
    }

    /** Horizontal bars, one per label, longest first as given, each with its value written after it. */
    static Image bars(PdfWriter writer, float width, List<String> labels, List<Long> values,
                      java.util.function.LongFunction<String> format) {
        float row = 17;
        float height = Math.max(1, labels.size()) * row + 6;
        PdfTemplate t = writer.getDirectContent().createTemplate(width, height);
        float labelWidth = 110;
        float left = labelWidth + 6;
        float right = width - 44;
        long max = Math.max(1, values.stream().mapToLong(Long::longValue).max().orElse(1));
        for (int i = 0; i < labels.size(); i++) {
            float y = height - 3 - row * (i + 1);
            text(t, shorten(labels.get(i), labelWidth), labelWidth, y + 5, PdfContentByte.ALIGN_RIGHT, LABEL);
            float w = (right - left) * values.get(i) / max;
            t.setColorFill(BAR);
            t.rectangle(left, y + 2, Math.max(w, 0.5f), row - 6);
            t.fill();
            text(t, format.apply(values.get(i)), left + w + 4, y + 5, PdfContentByte.ALIGN_LEFT, LABEL);
        }
        t.setColorStroke(AXIS);
        t.setLineWidth(0.4f);
        t.moveTo(left, 2);
        t.lineTo(left, height - 2);
        t.stroke();
        return image(t);
    }

    /** The smallest of 10 %, 20 %, 40 %, 60 %, 80 %, 100 % (or the maximum rounded up) above every value. */
    static double niceMax(List<Double> first, List<Double> second) {
        double max = java.util.stream.Stream.concat(first.stream(), second.stream())
                .filter(java.util.Objects::nonNull).mapToDouble(Double::doubleValue).max().orElse(0);
        for (double step : new double[] {0.1, 0.2, 0.4, 0.6, 0.8, 1.0}) {
            if (max <= step) {
                return step;
            }
        }
        return Math.ceil(max * 5) / 5;
    }

    private static void legend(PdfTemplate t, float right, float y, List<String> names, List<Color> colours) {
        float x = right;
        for (int i = names.size() - 1; i >= 0; i--) {
            float w = PdfFonts.base().getWidthPoint(names.get(i), FONT);
            x -= w;
            text(t, names.get(i), x, y - 2.5f, PdfContentByte.ALIGN_LEFT, LABEL);
            x -= 12;
            t.setColorFill(colours.get(i));
            t.rectangle(x, y - 3, 9, 6);
            t.fill();
            x -= 12;
        }
    }

    private static String shorten(String label, float width) {
        String shown = label == null ? "" : label;
        while (shown.length() > 1 && PdfFonts.base().getWidthPoint(shown, FONT) > width) {
            shown = shown.substring(0, shown.length() - 2) + "…";
        }
        return shown;
    }

    private static void text(PdfTemplate t, String text, float x, float y, int align, Color colour) {
        t.beginText();
        t.setFontAndSize(PdfFonts.base(), FONT);
        t.setColorFill(colour);
        t.showTextAligned(align, text, x, y, 0);
        t.endText();
    }

    private static Image image(PdfTemplate template) {
        try {
            var image = Image.getInstance(template);
            image.setAlignment(Image.ALIGN_CENTER);
            return image;
        } catch (org.openpdf.text.BadElementException e) {
            throw new IllegalStateException(e);
        }
    }
}
