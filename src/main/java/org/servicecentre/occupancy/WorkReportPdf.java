package org.servicecentre.occupancy;

import java.awt.Color;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.Rectangle;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.servicecentre.occupancy.ReportTables.Table;
import org.servicecentre.shared.pdf.PdfContent;
import org.servicecentre.shared.pdf.PdfDocuments;
import org.servicecentre.shared.pdf.PdfFonts;

/**
 * A work report as an A4 PDF: the title block (subject, period, compared period, date), the headline figures with
 * their changes, the highlights, two charts drawn as vector graphics (utilisation trend, attendances by target group),
 * then the tables (long ones cut to their first rows, the workbook has them all).
 */
final class WorkReportPdf {

    /** Rows a table shows in the PDF at most. */
    static final int MAX_ROWS = 20;
    private static final Color ACCENT = new Color(0xc8, 0x10, 0x2e);
    private static final Color BETTER = new Color(0x1b, 0x7f, 0x3b);
    private static final Color WORSE = new Color(0xb4, 0x23, 0x18);
    private static final Color HEADER = new Color(0xee, 0xef, 0xf1);

    private WorkReportPdf() {
    }

    static byte[] render(WorkReport report, ReportTexts texts) {
        var frame = PdfDocuments.Frame.of(texts.t("report.pdf.header", report.subjectName()),
                texts.period(report.period()), texts.locale());
        var tables = ReportTables.of(report, texts);
        return PdfDocuments.a4(frame, pdf -> {
            titleBlock(pdf, report, texts);
            pdf.heading(texts.t("report.section.headlines"));
            headlines(pdf, report, texts);
            pdf.heading(texts.t("report.section.highlights"));
            if (report.highlights().isEmpty()) {
                pdf.paragraph(texts.t("report.highlight.none"), PdfFonts.small());
            }
            for (var highlight : report.highlights()) {
                var line = new Paragraph("•  " + texts.highlight(highlight), PdfFonts.body());
                line.setIndentationLeft(10);
                line.setFirstLineIndent(-10);
                line.setSpacingAfter(3);
                pdf.document().add(line);
            }
            charts(pdf, report, texts);
            for (var table : tables.subList(2, tables.size())) {
                table(pdf, table, texts);
            }
        });
    }

    private static void titleBlock(PdfContent pdf, WorkReport report, ReportTexts texts) {
        var title = new Paragraph(texts.t("report.pdf.title"), PdfFonts.of(22, Font.BOLD, ACCENT));
        title.setSpacingAfter(6);
        pdf.document().add(title);
        var subject = new Paragraph(report.subjectName() + "  ·  " + texts.level(report.subject().level()),
                PdfFonts.of(15, Font.BOLD, Color.BLACK));
        subject.setSpacingAfter(6);
        pdf.document().add(subject);
        pdf.paragraph(texts.t("report.pdf.period", texts.period(report.period()), report.period().days()));
        pdf.paragraph(texts.t("report.pdf.compared", texts.period(report.previousPeriod())), PdfFonts.small());
        String generated = DateTimeFormatter.ofPattern(texts.t("report.format.datetime"), texts.locale())
                .format(report.generatedAt().atZone(WorkReports.ZONE));
        pdf.paragraph(texts.t("report.pdf.generated", generated), PdfFonts.small());
        if (report.unsettled()) {
            pdf.paragraph(texts.t("report.note.unsettled", texts.date(report.asOf().minusDays(1))), PdfFonts.small());
        }
    }

    private static void headlines(PdfContent pdf, WorkReport report, ReportTexts texts) {
        var table = new PdfPTable(new float[] {4, 2.2f, 2.2f, 2.6f});
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        table.setSpacingAfter(8);
        table.setHeaderRows(1);
        for (String header : List.of(texts.t("report.col.measure"), texts.t("report.col.this-period"),
                texts.t("report.col.previous-period"), texts.t("report.col.change"))) {
            var cell = PdfContent.cell(header, PdfFonts.bodyBold());
            cell.setBackgroundColor(HEADER);
            table.addCell(cell);
        }
        for (var h : report.headlines()) {
            table.addCell(PdfContent.cell(texts.measure(h.measure()), PdfFonts.body()));
            table.addCell(right(texts.value(h.measure(), h.value()), PdfFonts.bodyBold()));
            table.addCell(right(texts.value(h.measure(), h.previous()), PdfFonts.body()));
            Color colour = h.direction() > 0 ? BETTER : h.direction() < 0 ? WORSE : PdfFonts.MUTED;
            table.addCell(right(texts.change(h), PdfFonts.of(10.5f, Font.NORMAL, colour)));
        }
        pdf.document().add(table);
    }

    private static void charts(PdfContent pdf, WorkReport report, ReportTexts texts) {
        float width = pdf.document().right() - pdf.document().left();
        String trendTitle = texts.t(report.granularity() == Granularity.WEEK ? "report.chart.utilisation-weekly"
                : "report.chart.utilisation-monthly");
        var points = report.usageTrend();
        var labels = points.stream().map(p -> report.granularity() == Granularity.WEEK
                ? texts.t("report.format.week-label", p.start().getMonthValue(), p.start().getDayOfMonth())
                : texts.t("report.format.month-label", p.start().getMonthValue(), p.start().getYear())).toList();
        if (points.isEmpty()) {
            block(pdf, trendTitle, new Paragraph(texts.t("report.chart.empty"), PdfFonts.small()));
        } else {
            block(pdf, trendTitle, ReportCharts.trend(pdf.writer(), width, 170, labels,
                    points.stream().map(p -> p.figures().utilisation()).toList(),
                    points.stream().map(p -> p.figures().attendedUtilisation()).toList(),
                    texts.t("report.measure.utilisation"), texts.t("report.measure.attended-utilisation"),
                    value -> Math.round(value * 100) + "%"));
        }
        String groupsTitle = texts.t("report.chart.target-groups");
        var groups = report.byTargetGroup().stream().filter(g -> g.attendances() > 0)
                .sorted(java.util.Comparator.comparingInt(AttendanceShare::attendances).reversed()).toList();
        if (groups.isEmpty()) {
            block(pdf, groupsTitle, new Paragraph(texts.t("report.chart.empty"), PdfFonts.small()));
        } else {
            block(pdf, groupsTitle, ReportCharts.bars(pdf.writer(), width, groups.stream().map(texts::targetGroup).toList(),
                    groups.stream().map(g -> (long) g.attendances()).toList(), texts::count));
        }
    }

    private static void table(PdfContent pdf, Table table, ReportTexts texts) {
        if (table.rows().isEmpty()) {
            block(pdf, table.title(), new Paragraph(texts.t("report.table.empty"), PdfFonts.small()));
            return;
        }
        var shown = table.rows().stream().limit(MAX_ROWS).toList();
        boolean wide = table.headers().size() > 6;
        var widths = new float[table.headers().size()];
        for (int i = 0; i < widths.length; i++) {
            boolean text = !numeric(shown, i);
            widths[i] = text ? (i == 0 ? (wide ? 2.0f : 3.2f) : (wide ? 1.6f : 2.2f)) : (wide ? 1.05f : 1.4f);
        }
        var pdfTable = new PdfPTable(widths);
        pdfTable.setWidthPercentage(100);
        pdfTable.setHeaderRows(1);
        pdfTable.setSplitRows(false);
        var headerFont = PdfFonts.of(wide ? 7.5f : 9.5f, Font.BOLD, Color.BLACK);
        var bodyFont = PdfFonts.of(wide ? 8 : 9.5f, Font.NORMAL, Color.BLACK);
        for (int i = 0; i < widths.length; i++) {
            var cell = PdfContent.cell(table.headers().get(i), headerFont);
            cell.setBackgroundColor(HEADER);
            if (numeric(shown, i)) {
                cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
            }
            pdfTable.addCell(cell);
        }
        for (var row : shown) {
            for (int i = 0; i < widths.length; i++) {
                var value = row.get(i);
                var cell = PdfContent.cell(ReportTables.text(value, texts), bodyFont);
                if (numeric(shown, i)) {
                    cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
                }
                pdfTable.addCell(cell);
            }
        }
        block(pdf, table.title(), pdfTable);
        if (table.rows().size() > MAX_ROWS) {
            pdf.paragraph(texts.t("report.table.more", table.rows().size(), MAX_ROWS), PdfFonts.small());
        }
    }

    /**
     * A heading and what it introduces kept on one page (a chart or a table of at most {@link #MAX_ROWS} rows moves
     * to the next page with its heading rather than leave the heading alone at the foot).
     */
    private static void block(PdfContent pdf, String heading, Element content) {
        var block = new PdfPTable(1);
        block.setWidthPercentage(100);
        block.setKeepTogether(true);
        block.setSpacingBefore(6);
        block.setSpacingAfter(4);
        var title = new PdfPCell(new Paragraph(heading, PdfFonts.heading()));
        title.setBorder(Rectangle.NO_BORDER);
        title.setPadding(0);
        title.setPaddingBottom(6);
        block.addCell(title);
        PdfPCell body = switch (content) {
            case PdfPTable table -> new PdfPCell(table);
            case Image image -> new PdfPCell(image, false);
            default -> {
                var cell = new PdfPCell();
                cell.addElement(content);
                yield cell;
            }
        };
        body.setBorder(Rectangle.NO_BORDER);
        body.setPadding(0);
        body.setHorizontalAlignment(Element.ALIGN_CENTER);
        block.addCell(body);
        pdf.document().add(block);
    }

    private static boolean numeric(List<List<Object>> rows, int column) {
        return rows.stream().anyMatch(r -> !(r.get(column) instanceof String) || "—".equals(r.get(column)))
                && rows.stream().allMatch(r -> !(r.get(column) instanceof String) || "—".equals(r.get(column)));
    }

    private static PdfPCell right(String text, Font font) {
        var cell = PdfContent.cell(text, font);
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        return cell;
    }
}
