package org.servicecentre.centre;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/** Renders QR codes as PNG images: door codes of rooms now, and any other printed code the app needs later. */
public final class QrCodes {

    private QrCodes() {
    }

    /**
     * A black-on-white PNG of the text, {@code size} pixels square, with a quiet zone and error correction M so that
     * a slightly worn or creased printout still scans.
     */
    public static byte[] png(String text, int size) {
        try {
            var matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, size, size,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2,
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
}
