package org.servicecentre.occupancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.servicecentre.shared.Languages;
import org.servicecentre.shared.TranslationProvider;

class WorkReportRenderingTest {

    private final WorkReportFiles files = new WorkReportFiles(new TranslationProvider());
    private final WorkReport report = WorkReportSamples.october();

    @Test
    void thePdfSaysTheHeadingsAndFiguresInChinese() throws IOException {
        byte[] pdf = files.write(report, WorkReportFiles.Format.PDF, Languages.CHINESE);
        keep("work-report-zh.pdf", pdf);

        String text = text(pdf);

        assertThat(text).contains("工作报告", "报告测试中心", "主要数据", "亮点", "场地使用率", "40.0%", "35.0%",
                "+5.0 个百分点", "参加人次", "345", "+15.0%", "满意度指数", "88", "爽约率", "15.0%",
                "规模最大的项目之一：「长者智能手机课堂」，共 140 人次参加（6 场活动）。",
                "增长最多的服务对象：儿童，参加人次由上期 150 增至 205。",
                "新合作组织：启明社工服务中心，2026年10月9日首次在此开展活动",
                "每周场地使用率", "各服务对象参加人次", "按服务对象", "多功能厅", "50.0%", "2026年10月1日 至 2026年10月31日");
    }

    @Test
    void thePdfSpeaksEnglishToEnglishReaders() throws IOException {
        byte[] pdf = files.write(report, WorkReportFiles.Format.PDF, Languages.ENGLISH);
        keep("work-report-en.pdf", pdf);

        assertThat(text(pdf)).contains("Work report", "Headline figures", "Highlights", "Utilisation", "40.0%",
                "+5.0 pts", "Target group that grew most: Children", "Room utilisation by week");
    }

    @Test
    void theWorkbookHasASheetPerTableWithRealNumbers() throws IOException {
        byte[] xlsx = files.write(report, WorkReportFiles.Format.XLSX, Languages.CHINESE);

        Map<String, java.util.List<Row>> sheets = new HashMap<>();
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            for (var sheet : workbook.getSheets().toList()) {
                sheets.put(sheet.getName(), sheet.read());
            }
        }

        assertThat(sheets.keySet()).contains("报告信息", "主要数据", "亮点", "按服务对象", "按服务类别", "按组织",
                "各场地使用情况", "趋势");
        var headlines = sheets.get("主要数据");
        assertThat(headlines.get(0).getCellText(0)).isEqualTo("指标");
        assertThat(headlines.get(1).getCellText(0)).isEqualTo("场地使用率");
        assertThat(headlines.get(1).getCellAsNumber(1).orElseThrow()).isEqualByComparingTo("0.4");
        assertThat(headlines.get(4).getCellAsNumber(1).orElseThrow()).isEqualByComparingTo("345");
        var rooms = sheets.get("各场地使用情况");
        assertThat(rooms.get(1).getCellText(0)).isEqualTo("多功能厅");
        assertThat(rooms.get(1).getCellAsNumber(1).orElseThrow()).isEqualByComparingTo("77.5");
        assertThat(rooms.get(1).getCellAsNumber(3).orElseThrow()).isEqualByComparingTo("0.5");
    }

    @Test
    void theCsvZipHasOneFilePerTableWithAByteOrderMark() throws IOException {
        byte[] zip = files.write(report, WorkReportFiles.Format.CSV_ZIP, Languages.CHINESE);

        Map<String, byte[]> entries = new HashMap<>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }

        assertThat(entries.keySet()).contains("headlines.csv", "highlights.csv", "target-groups.csv", "categories.csv",
                "organisations.csv", "rooms.csv", "trend.csv");
        for (byte[] csv : entries.values()) {
            assertThat(csv).startsWith(WorkReportCsv.BOM);
        }
        String headlines = new String(entries.get("headlines.csv"), StandardCharsets.UTF_8).substring(1);
        assertThat(headlines).startsWith("指标,本期,上期,变化").contains("场地使用率,40.0,35.0,+5.0 个百分点");
        assertThat(new String(entries.get("rooms.csv"), StandardCharsets.UTF_8)).contains("多功能厅,77.5,38.8,50.0,40.0,12,16.7");
    }

    @Test
    void fileNamesCarryTheSubjectAndPeriod() {
        assertThat(files.fileName(report, WorkReportFiles.Format.PDF, Languages.CHINESE))
                .isEqualTo("工作报告-报告测试中心-2026-10-01-2026-10-31.pdf");
    }

    static String text(byte[] pdf) throws IOException {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** Leaves the file in target/ for a look (pdftoppm). */
    private static void keep(String name, byte[] bytes) throws IOException {
        Files.write(Path.of("target", name), bytes);
    }
}
