package org.servicecentre.programme;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Draws a personal QR card on a page the size of a bank card (85.6 × 54 mm), to print and cut out or to print on card
 * stock: the heading in Chinese and English on a red band, the QR code big on the left, and on the right the masked
 * name if the resident chose it, the card number and one line on how to use it. The QR carries only the signed token.
 */
final class ResidentCardPdf {

    /** The texts printed on the card, already translated; {@code name} is null when the card shows none. */
    record Face(String heading, String subheading, String name, String number, String howTo) {
    }

    private static final float WIDTH = mm(85.6f);
    private static final float HEIGHT = mm(54);
    private static final float MARGIN = mm(4);
    private static final float BAND = mm(12);
    private static final float QR_SIZE = HEIGHT - BAND - mm(2.5f);
    private static final Color ACCENT = new Color(0xc8, 0x10, 0x2e);
    private static final Color MUTED = new Color(0x5f, 0x63, 0x68);

    private ResidentCardPdf() {
    }

    static byte[] render(Face face, byte[] qrPng) {
        var page = new Rectangle(WIDTH, HEIGHT);
        var document = new Document(page, 0, 0, 0, 0);
        var bytes = new ByteArrayOutputStream();
        var writer = PdfWriter.getInstance(document, bytes);
        document.addTitle(face.heading());
        document.addCreator("Service Centre");
        document.open();
        var canvas = writer.getDirectContent();
        frame(canvas);
        heading(canvas, face);
        qr(canvas, qrPng);
        texts(canvas, face);
        document.close();
        return bytes.toByteArray();
    }

    /** A thin rounded outline to cut along, and the red band of the centres' signs behind the heading. */
    private static void frame(PdfContentByte canvas) {
        canvas.saveState();
        canvas.setColorFill(ACCENT);
        canvas.roundRectangle(0.5f, HEIGHT - BAND, WIDTH - 1, BAND - 0.5f, mm(3));
        canvas.fill();
        canvas.rectangle(0.5f, HEIGHT - BAND, WIDTH - 1, mm(3));
        canvas.fill();
        canvas.setColorStroke(new Color(0xc4, 0xc7, 0xcc));
        canvas.setLineWidth(0.5f);
        canvas.roundRectangle(0.5f, 0.5f, WIDTH - 1, HEIGHT - 1, mm(3));
        canvas.stroke();
        canvas.restoreState();
    }

    private static void heading(PdfContentByte canvas, Face face) {
        ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT,
                new Phrase(face.heading(), font(11, Font.BOLD, Color.WHITE)), MARGIN, HEIGHT - mm(6), 0);
        ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT,
                new Phrase(face.subheading(), font(6.5f, Font.NORMAL, Color.WHITE)), MARGIN, HEIGHT - mm(9.8f), 0);
    }

    private static void qr(PdfContentByte canvas, byte[] png) {
        try {
            var image = Image.getInstance(png);
            image.scaleAbsolute(QR_SIZE, QR_SIZE);
            image.setAbsolutePosition(mm(1.5f), mm(1.5f));
            canvas.addImage(image);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void texts(PdfContentByte canvas, Face face) {
        float left = QR_SIZE + mm(3);
        float right = WIDTH - MARGIN;
        var column = new ColumnText(canvas);
        column.setSimpleColumn(left, MARGIN, right, HEIGHT - BAND - mm(3));
        column.setLeading(0, 1.3f);
        if (face.name() != null) {
            column.addText(new Phrase(face.name() + "\n", font(14, Font.BOLD, Color.BLACK)));
        }
        column.addText(new Phrase(face.number() + "\n", font(8, Font.NORMAL, Color.BLACK)));
        column.go();
        var howTo = new ColumnText(canvas);
        howTo.setSimpleColumn(left, MARGIN - mm(1), right, mm(17));
        howTo.setLeading(0, 1.25f);
        howTo.addText(new Phrase(face.howTo(), font(6, Font.NORMAL, MUTED)));
        howTo.go();
    }

    private static Font font(float size, int style, Color color) {
        return org.servicecentre.shared.pdf.PdfFonts.of(size, style, color);
    }

    private static float mm(float millimetres) {
        return millimetres * 72f / 25.4f;
    }
}
