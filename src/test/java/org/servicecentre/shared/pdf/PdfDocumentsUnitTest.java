package org.servicecentre.shared.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.servicecentre.shared.Languages;

class PdfDocumentsUnitTest {

    @Test
    void writesChineseHeadingsAndTablesAsRealText() throws IOException {
        byte[] pdf = PdfDocuments.a4(PdfDocuments.Frame.of("科技园社区党群服务中心 · 签到表", "2026-11-24", Languages.CHINESE),
                page -> page.title("四点半课堂 第 3 场")
                        .heading("已报名（2 人）")
                        .table(List.of("序号", "姓名", "电话", "签到"), new float[] {1, 3, 3, 2}, List.of(
                                List.of("1", "张*", "138****1234", "已签到"),
                                List.of("2", "欧**", "139****5678", ""),
                                // 𫖯 (U+2B5AF) lies outside the Basic Multilingual Plane, as rare name characters do
                                List.of("3", "赵孟\uD86D\uDDAF", "未留电话", "")))
                        .paragraph("打印时间 2026-11-24 16:00"));

        try (var reader = new PdfReader(pdf)) {
            String text = new PdfTextExtractor(reader).getTextFromPage(1);
            assertThat(text).contains("四点半课堂", "已报名", "序号", "姓名", "张*", "138****1234", "已签到",
                    "科技园社区党群服务中心", "第 1 页", "赵孟\uD86D\uDDAF");
        }
    }

    @Test
    void embedsOnlyTheGlyphsItUsesSoAPageStaysSmall() {
        byte[] pdf = PdfDocuments.a4(PdfDocuments.Frame.of("党群服务中心", null, Languages.CHINESE),
                page -> page.title("居民活动签到表").paragraph("欢迎参加本次活动。".repeat(20)));

        assertThat(pdf.length).as("bytes of a one-page PDF with a subset CJK font").isLessThan(100_000);
    }

    @Test
    void numbersEveryPageInTheReadersLanguageAndRepeatsTheTableHeader() throws IOException {
        var rows = new ArrayList<List<String>>();
        for (int i = 1; i <= 120; i++) {
            rows.add(List.of(Integer.toString(i), "Resident " + i, "Registered"));
        }

        byte[] pdf = PdfDocuments.a4(PdfDocuments.Frame.of("Attendance list", "24 Nov 2026", Languages.ENGLISH)
                        .inLandscape(),
                page -> page.title("After-school class").table(List.of("No.", "Name", "Status"), new float[] {1, 4, 2},
                        rows));

        try (var reader = new PdfReader(pdf)) {
            assertThat(reader.getNumberOfPages()).isGreaterThan(1);
            assertThat(reader.getPageSizeWithRotation(1).getWidth()).isGreaterThan(reader.getPageSizeWithRotation(1).getHeight());
            var extractor = new PdfTextExtractor(reader);
            String second = extractor.getTextFromPage(2);
            assertThat(second).contains("Page 2", "Attendance list", "Name", "Status");
        }
    }

    @Test
    void placesAQrCodeAtTheSizeAsked() throws Exception {
        var matrix = new QRCodeWriter().encode("SC1.test-token", BarcodeFormat.QR_CODE, 300, 300);
        var png = new ByteArrayOutputStream();
        MatrixToImageWriter.writeToStream(matrix, "PNG", png);

        byte[] pdf = PdfDocuments.a4(PdfDocuments.Frame.of("个人二维码卡", null, Locale.SIMPLIFIED_CHINESE),
                page -> page.title("签到二维码").image(png.toByteArray(), PdfDocuments.mm(50)).paragraph("张*"));

        try (var reader = new PdfReader(pdf)) {
            assertThat(new PdfTextExtractor(reader).getTextFromPage(1)).contains("签到二维码", "张*");
            var resources = reader.getPageN(1).getAsDict(org.openpdf.text.pdf.PdfName.RESOURCES);
            assertThat(resources.getAsDict(org.openpdf.text.pdf.PdfName.XOBJECT).size()).isEqualTo(1);
        }
    }

    @Test
    void printsOnePageEvenWithNothingOnIt() throws IOException {
        byte[] pdf = PdfDocuments.a4(PdfDocuments.Frame.of("空白", null, Languages.CHINESE), page -> { });

        try (var reader = new PdfReader(pdf)) {
            assertThat(reader.getNumberOfPages()).isEqualTo(1);
            assertThat(new PdfTextExtractor(reader).getTextFromPage(1)).contains("第 1 页");
        }
    }
}
