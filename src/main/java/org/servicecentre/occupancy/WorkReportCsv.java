package org.servicecentre.occupancy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.servicecentre.occupancy.ReportTables.Hours;
import org.servicecentre.occupancy.ReportTables.Share;
import org.servicecentre.occupancy.ReportTables.Table;

/**
 * The tables under a work report as CSV files in one ZIP: UTF-8 with a byte order mark (so Excel opens Chinese
 * correctly), headers in the reader's language, plain numbers (percentages as 42.5, hours as 12.5, ISO dates).
 */
final class WorkReportCsv {

    static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private WorkReportCsv() {
    }

    static byte[] render(WorkReport report, ReportTexts texts) {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (Table table : ReportTables.of(report, texts)) {
                zip.putNextEntry(new ZipEntry(table.file() + ".csv"));
                zip.write(csv(table));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static byte[] csv(Table table) throws IOException {
        var bytes = new ByteArrayOutputStream();
        bytes.write(BOM);
        try (var printer = new CSVPrinter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8),
                CSVFormat.EXCEL.builder().setHeader(table.headers().toArray(String[]::new)).get())) {
            for (var row : table.rows()) {
                printer.printRecord(row.stream().map(WorkReportCsv::plain).toList());
            }
        }
        return bytes.toByteArray();
    }

    private static Object plain(Object cell) {
        return switch (cell) {
            case null -> "";
            case Share share when share.value() == null -> "";
            case Share share -> round(share.value() * 100);
            case Hours hours -> round(hours.minutes() / 60.0);
            case Double number -> round(number);
            case LocalDate date -> date.toString();
            default -> cell;
        };
    }

    private static BigDecimal round(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP);
    }
}
