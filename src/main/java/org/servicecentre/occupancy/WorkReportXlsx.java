package org.servicecentre.occupancy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.servicecentre.occupancy.ReportTables.Hours;
import org.servicecentre.occupancy.ReportTables.Share;
import org.servicecentre.occupancy.ReportTables.Table;

/**
 * A work report as a workbook: a cover sheet (subject, period, compared period), then one sheet per table with a bold
 * header row frozen at the top and real numbers in number formats (percentages, hours with one decimal, dates), so
 * the figures can be summed and charted again.
 */
final class WorkReportXlsx {

    static final String PERCENT = "0.0%";
    static final String HOURS = "0.0";
    static final String COUNT = "#,##0";
    static final String DATE = "yyyy-mm-dd";

    private WorkReportXlsx() {
    }

    static byte[] render(WorkReport report, ReportTexts texts) {
        var bytes = new ByteArrayOutputStream();
        try {
            var workbook = new Workbook(bytes, "Service Centre", "1.0");
            var names = new HashSet<String>();
            cover(workbook.newWorksheet(sheetName(texts.t("report.xlsx.cover"), names)), report, texts);
            for (Table table : ReportTables.of(report, texts)) {
                sheet(workbook.newWorksheet(sheetName(table.title(), names)), table);
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void cover(Worksheet sheet, WorkReport report, ReportTexts texts) {
        sheet.value(0, 0, texts.t("report.pdf.title"));
        sheet.style(0, 0).bold().fontSize(16).set();
        String[][] lines = {
            {texts.t("report.col.subject"), report.subjectName()},
            {texts.t("report.col.level"), texts.level(report.subject().level())},
            {texts.t("report.col.period"), texts.period(report.period())},
            {texts.t("report.col.previous-period"), texts.period(report.previousPeriod())},
        };
        for (int i = 0; i < lines.length; i++) {
            sheet.value(i + 2, 0, lines[i][0]);
            sheet.style(i + 2, 0).bold().set();
            sheet.value(i + 2, 1, lines[i][1]);
        }
        sheet.value(lines.length + 2, 0, texts.t("report.col.generated"));
        sheet.style(lines.length + 2, 0).bold().set();
        sheet.value(lines.length + 2, 1, report.asOf());
        sheet.style(lines.length + 2, 1).format(DATE).set();
        sheet.width(0, 18);
        sheet.width(1, 40);
    }

    private static void sheet(Worksheet sheet, Table table) {
        for (int c = 0; c < table.headers().size(); c++) {
            sheet.value(0, c, table.headers().get(c));
            sheet.style(0, c).bold().fillColor("EEEFF1").set();
            sheet.width(c, c == 0 ? 32 : Math.max(12, table.headers().get(c).length() * 2 + 2));
        }
        sheet.freezePane(0, 1);
        for (int r = 0; r < table.rows().size(); r++) {
            var row = table.rows().get(r);
            for (int c = 0; c < row.size(); c++) {
                write(sheet, r + 1, c, row.get(c));
            }
        }
    }

    private static void write(Worksheet sheet, int r, int c, Object cell) {
        switch (cell) {
            case null -> { }
            case Share share when share.value() == null -> sheet.value(r, c, "—");
            case Share share -> {
                sheet.value(r, c, share.value());
                sheet.style(r, c).format(PERCENT).set();
            }
            case Hours hours -> {
                sheet.value(r, c, hours.minutes() / 60.0);
                sheet.style(r, c).format(HOURS).set();
            }
            case Integer number -> {
                sheet.value(r, c, number);
                sheet.style(r, c).format(COUNT).set();
            }
            case Long number -> {
                sheet.value(r, c, number);
                sheet.style(r, c).format(COUNT).set();
            }
            case Double number -> {
                sheet.value(r, c, number);
                sheet.style(r, c).format("0.0").set();
            }
            case LocalDate date -> {
                sheet.value(r, c, date);
                sheet.style(r, c).format(DATE).set();
            }
            default -> sheet.value(r, c, cell.toString());
        }
    }

    /** A sheet name Excel accepts: no []:*?/\, at most 31 characters, unique in the workbook. */
    static String sheetName(String title, Set<String> taken) {
        String name = title.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
        if (name.length() > 31) {
            name = name.substring(0, 31);
        }
        String unique = name;
        for (int i = 2; !taken.add(unique.toLowerCase(java.util.Locale.ROOT)); i++) {
            String suffix = " " + i;
            unique = name.substring(0, Math.min(name.length(), 31 - suffix.length())) + suffix;
        }
        return unique;
    }
}
