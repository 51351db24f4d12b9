package org.servicecentre.security.ui;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * The picture of a staff code that its holder saves to their phone: a title band, their name, the QR code and what
 * it is for, so that it is easy to find among their photos and to tell apart from a resident's ticket.
 * <p>
 * The QR code is drawn here with ZXing rather than by {@code centre.QrCodes}: the centre module depends on this one,
 * and a dependency back would be a cycle. Text is drawn with the Noto Sans SC font the app ships for its PDFs.
 */
final class StaffCodePicture {

    static final int WIDTH = 600;
    static final int HEIGHT = 780;
    private static final int QR_SIZE = 460;
    private static final Color BAND = new Color(0x0b, 0x3d, 0x2e);
    private static final Color INK = new Color(0x10, 0x2a, 0x20);
    private static final Color MUTED = new Color(0x3d, 0x52, 0x49);
    private static final String FONT = "/fonts/NotoSansSC-Regular.ttf";

    private StaffCodePicture() {
    }

    static byte[] png(String code, String title, String name, String caption) {
        var image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(BAND);
            g.fillRect(0, 0, WIDTH, 112);
            centred(g, title, Fonts.SANS.deriveFont(Font.BOLD, 40f), Color.WHITE, 72);
            centred(g, name, Fonts.SANS.deriveFont(Font.PLAIN, 36f), INK, 170);
            g.drawImage(qr(code), (WIDTH - QR_SIZE) / 2, 196, null);
            centred(g, caption, Fonts.SANS.deriveFont(Font.PLAIN, 24f), MUTED, 700);
        } finally {
            g.dispose();
        }
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "PNG", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static BufferedImage qr(String code) {
        try {
            var matrix = new QRCodeWriter().encode(code, BarcodeFormat.QR_CODE, QR_SIZE, QR_SIZE,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
            return MatrixToImageWriter.toBufferedImage(matrix);
        } catch (WriterException e) {
            throw new IllegalArgumentException("a staff code always fits a QR code", e);
        }
    }

    private static void centred(Graphics2D g, String text, Font font, Color colour, int baseline) {
        g.setFont(font);
        g.setColor(colour);
        var metrics = g.getFontMetrics();
        var shown = text;
        while (metrics.stringWidth(shown) > WIDTH - 40 && shown.length() > 1) {
            shown = shown.substring(0, shown.length() - 1);
        }
        g.drawString(shown, (WIDTH - metrics.stringWidth(shown)) / 2, baseline);
    }

    /** The CJK font, read once; without it (it is part of the app) names would come out as boxes. */
    private static final class Fonts {

        static final Font SANS = load();

        private static Font load() {
            try (var in = StaffCodePicture.class.getResourceAsStream(FONT)) {
                if (in == null) {
                    return new Font(Font.SANS_SERIF, Font.PLAIN, 12);
                }
                return Font.createFont(Font.TRUETYPE_FONT, in);
            } catch (IOException | FontFormatException e) {
                return new Font(Font.SANS_SERIF, Font.PLAIN, 12);
            }
        }
    }
}
