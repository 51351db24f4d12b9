package org.servicecentre.centre;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.EnumSet;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class QrCodesUnitTest {

    private static final Pattern VIEW_BOX = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"");
    private static final Pattern RUN = Pattern.compile("M(\\d+) (\\d+)h(\\d+)v1h-(\\d+)z");
    private static final String TEXT = "SC1.AQEBlU4B6gfZ7gkAAAAAlU4B6gfZ7gkAAAAAlU4B6gfZ7gkAAAAAlU4B6gfZ7gkAAAAAlU4B6gfZ7gk";

    @Test
    void anSvgCodeIsOnePathInASquareViewBoxWithAQuietZone() {
        String svg = QrCodes.svg(TEXT);

        var box = VIEW_BOX.matcher(svg);
        assertThat(box.find()).isTrue();
        assertThat(box.group(1)).isEqualTo(box.group(2));
        assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"").endsWith("</svg>")
                .containsOnlyOnce("<path");
        int side = Integer.parseInt(box.group(1));
        var runs = RUN.matcher(svg);
        int minX = side;
        int minY = side;
        while (runs.find()) {
            minX = Math.min(minX, Integer.parseInt(runs.group(1)));
            minY = Math.min(minY, Integer.parseInt(runs.group(2)));
        }
        assertThat(minX).as("left quiet zone").isEqualTo(4);
        assertThat(minY).as("top quiet zone").isEqualTo(4);
    }

    @Test
    void anSvgCodeDrawnOnPaperScansBackToItsText() throws Exception {
        String svg = QrCodes.svg(TEXT);
        var box = VIEW_BOX.matcher(svg);
        assertThat(box.find()).isTrue();
        int side = Integer.parseInt(box.group(1));
        int scale = 6;
        var image = new BufferedImage(side * scale, side * scale, BufferedImage.TYPE_INT_RGB);
        var pen = image.createGraphics();
        pen.setColor(Color.WHITE);
        pen.fillRect(0, 0, image.getWidth(), image.getHeight());
        pen.setColor(Color.BLACK);
        var runs = RUN.matcher(svg);
        while (runs.find()) {
            pen.fillRect(Integer.parseInt(runs.group(1)) * scale, Integer.parseInt(runs.group(2)) * scale,
                    Integer.parseInt(runs.group(3)) * scale, scale);
        }
        pen.dispose();

        var bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        String scanned = new MultiFormatReader().decode(bitmap,
                Map.of(DecodeHintType.POSSIBLE_FORMATS, EnumSet.of(BarcodeFormat.QR_CODE), DecodeHintType.PURE_BARCODE, Boolean.TRUE)).getText();

        assertThat(scanned).isEqualTo(TEXT);
    }

    @Test
    void ticketSizedCodesOfAnyContentScanBackFromThePng() throws Exception {
        var random = new java.util.Random(20261124);
        var alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        for (int n = 0; n < 200; n++) {
            var text = new StringBuilder("SC1.");
            for (int i = 0; i < 106; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            var image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(QrCodes.png(text.toString(), 300)));
            var bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
            String scanned = new MultiFormatReader().decode(bitmap,
                    Map.of(DecodeHintType.POSSIBLE_FORMATS, EnumSet.of(BarcodeFormat.QR_CODE),
                            DecodeHintType.PURE_BARCODE, Boolean.TRUE)).getText();
            assertThat(scanned).as("code %d", n).isEqualTo(text.toString());
        }
    }
}
