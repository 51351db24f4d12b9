package org.servicecentre.shared.pdf;

import java.io.ByteArrayOutputStream;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.PageSize;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfWriter;
import org.servicecentre.shared.TranslationProvider;

/**
 * Builds the app's printable A4 documents (attendance lists, QR cards, work reports) into bytes: the page with its
 * margins, a header line on every page and the page number in the reader's language at the foot. What goes on the
 * pages is written through {@link PdfContent}.
 */
public final class PdfDocuments {

    private static final float MARGIN_SIDE = mm(18);
    private static final float MARGIN_TOP = mm(22);
    private static final float MARGIN_BOTTOM = mm(18);
    private static final TranslationProvider TRANSLATIONS = new TranslationProvider();

    private PdfDocuments() {
    }

    /**
     * The lines around every page: {@code header} at the top left (e.g. the centre and the list's name), an optional
     * {@code headerRight} at the top right (e.g. the date printed), and {@code pageLabel} turning a page number into
     * the text at the foot ("第 1 页"). Texts come already translated.
     */
    public record Frame(String header, String headerRight, IntFunction<String> pageLabel, boolean landscape) {

        public Frame {
            header = header == null ? "" : header;
            headerRight = headerRight == null ? "" : headerRight;
            Objects.requireNonNull(pageLabel, "pageLabel");
        }

        /** Portrait A4 with "第 N 页" or "Page N" at the foot, in {@code locale}'s language. */
        public static Frame of(String header, String headerRight, Locale locale) {
            return new Frame(header, headerRight, page -> TRANSLATIONS.translate(locale, "pdf.page",
                    Integer.toString(page)), false);
        }

        /** The same frame on a page turned sideways, for wide tables. */
        public Frame inLandscape() {
            return new Frame(header, headerRight, pageLabel, true);
        }
    }

    /** Writes a document of as many pages as {@code content} fills and returns the PDF's bytes. */
    public static byte[] a4(Frame frame, Consumer<PdfContent> content) {
        Rectangle size = frame.landscape() ? PageSize.A4.rotate() : PageSize.A4;
        var document = new Document(size, MARGIN_SIDE, MARGIN_SIDE, MARGIN_TOP, MARGIN_BOTTOM);
        var bytes = new ByteArrayOutputStream();
        var writer = PdfWriter.getInstance(document, bytes);
        writer.setPageEvent(new FrameLines(frame));
        document.addTitle(frame.header());
        document.addCreator("Service Centre");
        document.open();
        content.accept(new PdfContent(document, writer));
        if (writer.getPageNumber() == 1 && writer.isPageEmpty()) {
            // an empty list still prints one page with its header, instead of failing with "no pages"
            writer.setPageEmpty(false);
        }
        document.close();
        return bytes.toByteArray();
    }

    /** Millimetres in PDF points (1/72 inch), for sizes people measure with a ruler. */
    public static float mm(float millimetres) {
        return millimetres * 72f / 25.4f;
    }

    /** Draws the header line and the page number on each page as it is finished. */
    private static final class FrameLines extends PdfPageEventHelper {

        private final Frame frame;

        FrameLines(Frame frame) {
            this.frame = frame;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            var canvas = writer.getDirectContent();
            var page = document.getPageSize();
            float left = document.left();
            float right = document.right();
            float headerBaseline = page.getTop() - mm(13);
            var font = PdfFonts.small();
            ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(frame.header(), font), left,
                    headerBaseline, 0);
            ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT, new Phrase(frame.headerRight(), font), right,
                    headerBaseline, 0);
            canvas.saveState();
            canvas.setColorStroke(PdfFonts.MUTED);
            canvas.setLineWidth(0.4f);
            canvas.moveTo(left, headerBaseline - mm(2));
            canvas.lineTo(right, headerBaseline - mm(2));
            canvas.stroke();
            canvas.restoreState();
            ColumnText.showTextAligned(canvas, Element.ALIGN_CENTER,
                    new Phrase(frame.pageLabel().apply(writer.getPageNumber()), font), (left + right) / 2,
                    page.getBottom() + mm(10), 0);
        }
    }
}
