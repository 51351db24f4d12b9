package org.servicecentre.shared.pdf;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/**
 * What a document says, written top to bottom: a title, headings, paragraphs, tables and images (QR codes) in the
 * app's fonts. For anything else, {@link #document()} and {@link #writer()} are OpenPDF's own.
 */
public final class PdfContent {

    private static final Color HEADER_BACKGROUND = new Color(0xee, 0xef, 0xf1);
    private static final Color RULE = new Color(0xc4, 0xc7, 0xcc);
    private static final float CELL_PADDING = 4;

    private final Document document;
    private final PdfWriter writer;

    PdfContent(Document document, PdfWriter writer) {
        this.document = document;
        this.writer = writer;
    }

    public PdfContent title(String text) {
        var title = new Paragraph(text, PdfFonts.title());
        title.setSpacingAfter(8);
        document.add(title);
        return this;
    }

    public PdfContent heading(String text) {
        var heading = new Paragraph(text, PdfFonts.heading());
        heading.setSpacingBefore(10);
        heading.setSpacingAfter(4);
        document.add(heading);
        return this;
    }

    public PdfContent paragraph(String text) {
        return paragraph(text, PdfFonts.body());
    }

    public PdfContent paragraph(String text, Font font) {
        var paragraph = new Paragraph(text, font);
        paragraph.setSpacingAfter(4);
        document.add(paragraph);
        return this;
    }

    /**
     * A table over the full width: a header row that repeats on every page, then the rows; {@code widths} are
     * relative (e.g. 1, 4, 3), one per column; a null cell prints empty. Rows are not split across pages.
     */
    public PdfContent table(List<String> headers, float[] widths, List<List<String>> rows) {
        if (headers.size() != widths.length) {
            throw new IllegalArgumentException(headers.size() + " headers but " + widths.length + " widths");
        }
        var table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        table.setSpacingAfter(8);
        table.setHeaderRows(1);
        table.setSplitRows(false);
        headers.forEach(header -> {
            var cell = cell(header, PdfFonts.bodyBold());
            cell.setBackgroundColor(HEADER_BACKGROUND);
            table.addCell(cell);
        });
        for (var row : rows) {
            for (int column = 0; column < widths.length; column++) {
                table.addCell(cell(column < row.size() ? row.get(column) : null, PdfFonts.body()));
            }
        }
        document.add(table);
        return this;
    }

    /** An image (a QR code's PNG) {@code size} points wide, its height in proportion, centred on the line. */
    public PdfContent image(byte[] png, float size) {
        var image = image(png);
        image.scaleToFit(size, size * image.getHeight() / image.getWidth());
        image.setAlignment(Element.ALIGN_CENTER);
        document.add(image);
        return this;
    }

    /** Starts a new page (a card per page, a new section). */
    public PdfContent newPage() {
        document.newPage();
        return this;
    }

    /** A table cell in the app's style, for tables built by hand. */
    public static PdfPCell cell(String text, Font font) {
        var cell = new PdfPCell(new Phrase(text == null ? "" : text, font));
        cell.setPadding(CELL_PADDING);
        cell.setPaddingBottom(CELL_PADDING + 2);
        cell.setBorderColor(RULE);
        cell.setBorderWidth(0.5f);
        cell.setBorder(Rectangle.BOX);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        return cell;
    }

    /** An image from PNG or JPEG bytes, for cells or absolute placement; scale it yourself. */
    public static Image image(byte[] bytes) {
        try {
            return Image.getInstance(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Document document() {
        return document;
    }

    public PdfWriter writer() {
        return writer;
    }
}
