package org.servicecentre.centre;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/** Renders QR codes as PNG or SVG images: door codes of rooms, tickets, and any other printed code the app needs. */
public final class QrCodes {

    /** The quiet zone of an SVG, in modules: the four the QR standard asks for, since a print has room for them. */
    private static final int SVG_QUIET_ZONE = 4;

    private QrCodes() {
    }

    /**
     * A black-on-white PNG of the text, {@code size} pixels square, with a quiet zone and error correction M so that
     * a slightly worn or creased printout still scans.
     */
    public static byte[] png(String text, int size) {
        try {
            var matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, size, size,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4,
                            EncodeHintType.CHARACTER_SET, "UTF-8"));
            var out = new ByteArrayOutputStream();
            MatrixToImageWriter.writeToStream(matrix, "PNG", out);
            return out.toByteArray();
        } catch (WriterException e) {
            throw new IllegalArgumentException("Text too long for a QR code", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The text as an SVG QR code: one black path over a white square, a four-module quiet zone, and a viewBox in
     * modules, so it prints sharp at any size (set the size where it is shown). Error correction M, as the PNG.
     */
    public static String svg(String text) {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0,
                            EncodeHintType.CHARACTER_SET, "UTF-8"));
        } catch (WriterException e) {
            throw new IllegalArgumentException("Text too long for a QR code", e);
        }
        int side = matrix.getWidth() + 2 * SVG_QUIET_ZONE;
        var path = new StringBuilder();
        for (int y = 0; y < matrix.getHeight(); y++) {
            int x = 0;
            while (x < matrix.getWidth()) {
                if (!matrix.get(x, y)) {
                    x++;
                    continue;
                }
                int run = 1;
                while (x + run < matrix.getWidth() && matrix.get(x + run, y)) {
                    run++;
                }
                path.append('M').append(x + SVG_QUIET_ZONE).append(' ').append(y + SVG_QUIET_ZONE)
                        .append('h').append(run).append("v1h-").append(run).append('z');
                x += run;
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + side + " " + side
                + "\" shape-rendering=\"crispEdges\"><rect width=\"" + side + "\" height=\"" + side
                + "\" fill=\"#fff\"/><path fill=\"#000\" d=\"" + path + "\"/></svg>";
    }
}
