package org.servicecentre.e2e;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

/**
 * A video for Chromium's fake camera ({@code --use-file-for-fake-video-capture}): a YUV4MPEG2 file, 640×480 in
 * 4:2:0, in which a QR code of the given text is held up in the middle of a grey room, as a phone would be. Chromium
 * plays it in a loop, so a few frames are enough.
 */
final class FakeCameraVideo {

    static final int WIDTH = 640;
    static final int HEIGHT = 480;
    private static final int FRAMES = 5;
    private static final byte DARK = 16;
    private static final byte LIGHT = (byte) 235;
    private static final byte ROOM = (byte) 110;

    private FakeCameraVideo() {
    }

    /** Writes a video of the QR code of {@code text} into a new temporary .y4m file and returns it. */
    static Path showing(String text) {
        try {
            Path file = Files.createTempFile("sc-fake-camera-", ".y4m");
            write(text, file);
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A video with no code in it: the camera works, there is just nothing to read. */
    static Path empty() {
        return showing(null);
    }

    static void write(String text, Path file) throws IOException {
        byte[] luma = luma(text);
        byte[] chroma = new byte[WIDTH * HEIGHT / 4];
        Arrays.fill(chroma, (byte) 128);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            out.write(("YUV4MPEG2 W" + WIDTH + " H" + HEIGHT + " F10:1 Ip A1:1 C420jpeg\n")
                    .getBytes(StandardCharsets.US_ASCII));
            for (int frame = 0; frame < FRAMES; frame++) {
                out.write("FRAME\n".getBytes(StandardCharsets.US_ASCII));
                out.write(luma);
                out.write(chroma);
                out.write(chroma);
            }
        }
    }

    /** The brightness plane: a light card with the code's dark modules, centred on a mid-grey background. */
    private static byte[] luma(String text) {
        byte[] plane = new byte[WIDTH * HEIGHT];
        Arrays.fill(plane, ROOM);
        if (text == null) {
            return plane;
        }
        try {
            var matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.MARGIN, 4, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M));
            int modules = matrix.getWidth();
            int scale = Math.max(1, (HEIGHT - 40) / modules);
            int size = modules * scale;
            int left = (WIDTH - size) / 2;
            int top = (HEIGHT - size) / 2;
            for (int y = 0; y < size; y++) {
                for (int x = 0; x < size; x++) {
                    plane[(top + y) * WIDTH + left + x] = matrix.get(x / scale, y / scale) ? DARK : LIGHT;
                }
            }
            return plane;
        } catch (WriterException e) {
            throw new IllegalArgumentException("no QR code for " + text, e);
        }
    }
}
