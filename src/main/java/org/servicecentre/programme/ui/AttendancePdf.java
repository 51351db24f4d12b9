package org.servicecentre.programme.ui;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.servicecentre.programme.AttendanceSheet;
import org.servicecentre.shared.TranslationProvider;
import org.openpdf.text.Element;
import org.openpdf.text.pdf.PdfPTable;
import org.servicecentre.shared.pdf.PdfContent;
import org.servicecentre.shared.pdf.PdfDocuments;
import org.servicecentre.shared.pdf.PdfDocuments.Frame;
import org.servicecentre.shared.pdf.PdfFonts;

/**
 * The printable attendance list of a session: what, where and when, one numbered line per resident with a box to
 * tick and room to sign, and the totals. Residents appear exactly as the sheet gives them (masked or not).
 */
final class AttendancePdf {

    private static final String TICKED = "✓";
    private static final String BOX = "□";
    private static final float[] WIDTHS = {1.0f, 2.6f, 2.3f, 2.2f, 1.6f, 2.9f};
    private static final float ROW_HEIGHT = PdfDocuments.mm(9);
    private static final int ATTENDED = 4;

    private AttendancePdf() {
    }

    /** Like {@code PdfContent.table}, with rows tall enough to sign in and the tick boxes centred. */
    private static PdfPTable table(List<String> headers, List<List<String>> rows) {
        var table = new PdfPTable(WIDTHS);
        table.setWidthPercentage(100);
        table.setSpacingBefore(6);
        table.setSpacingAfter(8);
        table.setHeaderRows(1);
        table.setSplitRows(false);
        for (var header : headers) {
            var cell = PdfContent.cell(header, PdfFonts.bodyBold());
            cell.setBackgroundColor(new java.awt.Color(0xee, 0xef, 0xf1));
            table.addCell(cell);
        }
        for (var row : rows) {
            for (int column = 0; column < row.size(); column++) {
                var cell = PdfContent.cell(row.get(column), PdfFonts.body());
                cell.setMinimumHeight(ROW_HEIGHT);
                if (column == ATTENDED || column == 0) {
                    cell.setHorizontalAlignment(Element.ALIGN_CENTER);
                }
                table.addCell(cell);
            }
        }
        return table;
    }

    static byte[] print(AttendanceSheet sheet, Locale locale, TranslationProvider translations, Clock clock) {
        AttendanceTexts.Translator texts = (key, arguments) -> translations.translate(locale, key, arguments);
        var session = sheet.session();
        var printed = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(session.zone()).format(clock.instant());
        var frame = new Frame(session.programmeTitle() + " · " + texts.get("attendance.pdf.title"),
                texts.get("attendance.pdf.printed", printed),
                page -> texts.get("attendance.pdf.page", page), false);
        return PdfDocuments.a4(frame, pdf -> {
            pdf.title(texts.get("attendance.pdf.heading", session.programmeTitle()));
            pdf.paragraph(texts.get("attendance.pdf.when", AttendanceTexts.when(session, texts, locale)));
            pdf.paragraph(texts.get("attendance.pdf.place", session.place()));
            var headers = List.of(texts.get("attendance.pdf.column.number"), texts.get("attendance.column.resident"),
                    texts.get("attendance.column.phone"), texts.get("attendance.column.status"),
                    texts.get("attendance.column.attended"), texts.get("attendance.pdf.column.signature"));
            var rows = new ArrayList<List<String>>();
            int number = 0;
            for (var row : sheet.rows()) {
                rows.add(List.of(Integer.toString(++number), AttendanceTexts.resident(row, texts),
                        row.residentPhone() == null ? "" : row.residentPhone(), AttendanceTexts.status(row, texts),
                        row.attended() ? TICKED : BOX, ""));
            }
            pdf.document().add(table(headers, rows));
            pdf.paragraph(String.join("    ", AttendanceTexts.places(session, texts),
                    texts.get("attendance.count.waitlisted", session.waitlisted()),
                    texts.get("attendance.count.attended", session.attended())), PdfFonts.bodyBold());
            if (sheet.rows().isEmpty()) {
                pdf.paragraph(texts.get("attendance.pdf.empty"), PdfFonts.small());
            }
        });
    }
}
