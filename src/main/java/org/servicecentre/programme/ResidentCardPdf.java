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
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Draws a personal QR card on a page the size of a bank card (85.6 × 54 mm), to print and cut out or to print on card
 * stock: the QR code big on the left; on the right the heading in Chinese and English, the masked name if the resident
 * chose it, the card number and one line on how to use it. The QR carries only the signed token.
 */
final class ResidentCardPdf {

    /** The texts printed on the card, already translated; {@code name} is null when the card shows none. */
    record Face(String heading, String subheading, String name, String number, String howTo) {
    }

    private static final float WIDTH = mm(85.6f);
    private static final float HEIGHT = mm(54);
    private static final float MARGIN = mm(3);
    private static final float QR_SIZE = HEIGHT - 2 * mm(2.5f);
    private static final Color ACCENT = new Color(0xc8, 0x10, 0x2e);
    private static final Color MUTED = new Color(0x5f, 0x63, 0x68);
    private static final String FONT = "/fonts/NotoSansSC-Regular.ttf";

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
        qr(canvas, qrPng);
        texts(canvas, face);
        document.close();
        return bytes.toByteArray();
    }

    /** A thin rounded outline to cut along, and a red band at the top as on the centre's signs. */
    private static void frame(PdfContentByte canvas) {
        canvas.saveState();
        canvas.setColorStroke(new Color(0xc4, 0xc7, 0xcc));
        canvas.setLineWidth(0.5f);
        canvas.roundRectangle(0.5f, 0.5f, WIDTH - 1, HEIGHT - 1, mm(3));
        canvas.stroke();
        canvas.setColorFill(ACCENT);
        canvas.rectangle(QR_SIZE + mm(4), HEIGHT - mm(3.2f), WIDTH - QR_SIZE - mm(7), mm(0.8f));
        canvas.fill();
        canvas.restoreState();
    }

    private static void qr(PdfContentByte canvas, byte[] png) {
        try {
            var image = Image.getInstance(png);
            image.scaleAbsolute(QR_SIZE, QR_SIZE);
            image.setAbsolutePosition(mm(2.5f), (HEIGHT - QR_SIZE) / 2);
            canvas.addImage(image);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void texts(PdfContentByte canvas, Face face) {
        float left = QR_SIZE + mm(4);
        float right = WIDTH - MARGIN;
        float top = HEIGHT - mm(4.5f);
        var column = new ColumnText(canvas);
        column.setSimpleColumn(left, MARGIN, right, top);
        column.setLeading(0, 1.25f);
        column.addText(new Phrase(face.heading() + "\n", font(9.5f, Font.BOLD, Color.BLACK)));
        column.addText(new Phrase(face.subheading() + "\n", font(6.5f, Font.NORMAL, MUTED)));
        if (face.name() != null) {
            column.addText(new Phrase("\n" + face.name() + "\n", font(13, Font.BOLD, Color.BLACK)));
        }
        column.go();
        var number = new ColumnText(canvas);
        number.setSimpleColumn(left, MARGIN, right, mm(19));
        number.setLeading(0, 1.2f);
        number.setAlignment(Element.ALIGN_LEFT);
        number.addText(new Phrase(face.number() + "\n", font(7.5f, Font.NORMAL, Color.BLACK)));
        number.addText(new Phrase(face.howTo(), font(6, Font.NORMAL, MUTED)));
        number.go();
    }

    private static Font font(float size, int style, Color color) {
        return new Font(Fonts.BASE, size, style, color);
    }

    private static float mm(float millimetres) {
        return millimetres * 72f / 25.4f;
    }

    /** Noto Sans SC (OFL, shipped in {@code fonts/}), read on first use, embedded as a subset of the glyphs used. */
    private static final class Fonts {

        static final BaseFont BASE = load();

        private static BaseFont load() {
            try (var in = ResidentCardPdf.class.getResourceAsStream(FONT)) {
                if (in == null) {
                    throw new IllegalStateException("font missing from the classpath: " + FONT);
                }
                var font = BaseFont.createFont("NotoSansSC-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED,
                        false, in.readAllBytes(), null);
                font.setSubset(true);
                return font;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
