package org.servicecentre.shared.pdf;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.openpdf.text.Font;
import org.openpdf.text.pdf.BaseFont;

/**
 * The fonts of every PDF the app prints: Noto Sans SC (SIL Open Font License, shipped in {@code fonts/}), which
 * covers Chinese and Latin text, so a PDF reads the same on a server or printer with no CJK font installed. The font
 * file is read once per JVM; each PDF embeds only the glyphs it uses, so a page stays a few dozen kilobytes.
 */
public final class PdfFonts {

    static final String RESOURCE = "/fonts/NotoSansSC-Regular.ttf";

    /** Text that should recede: footers, notes, column hints. */
    public static final Color MUTED = new Color(0x5f, 0x63, 0x68);

    private PdfFonts() {
    }

    /** The embedded, subset CJK font (Identity-H encoding: any Unicode character the font has). */
    public static BaseFont base() {
        return Holder.FONT;
    }

    /** A document's title, 18 pt, bold. */
    public static Font title() {
        return of(18, Font.BOLD, Color.BLACK);
    }

    /** A section heading, 13 pt, bold. */
    public static Font heading() {
        return of(13, Font.BOLD, Color.BLACK);
    }

    /** Running text and table cells, 10.5 pt (五号, the usual size of Chinese office documents). */
    public static Font body() {
        return of(10.5f, Font.NORMAL, Color.BLACK);
    }

    /** Table headers: body size, bold. */
    public static Font bodyBold() {
        return of(10.5f, Font.BOLD, Color.BLACK);
    }

    /** Header and footer lines, notes, 8 pt, grey. */
    public static Font small() {
        return of(8, Font.NORMAL, MUTED);
    }

    /**
     * Any size, style ({@link Font#NORMAL}, {@link Font#BOLD}, …) and colour. The font has one weight; bold is drawn
     * by stroking the outline, which prints well at heading sizes.
     */
    public static Font of(float size, int style, Color color) {
        return new Font(base(), size, style, color);
    }

    /** Reads the 10 MB font file on first use only, not when the app starts. */
    private static final class Holder {

        private static final BaseFont FONT = load();

        private static BaseFont load() {
            try (var in = PdfFonts.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("font missing from the classpath: " + RESOURCE);
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
