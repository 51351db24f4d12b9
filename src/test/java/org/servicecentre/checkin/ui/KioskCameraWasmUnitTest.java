package org.servicecentre.checkin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * The QR reader's WebAssembly that the app serves must be the very file the JavaScript of the npm package expects:
 * barcode-detector 3.2.2 pins zxing-wasm 3.1.3, whose {@code ZXING_WASM_SHA256} is recorded here. Upgrading the
 * package means copying its {@code zxing-wasm/dist/reader/zxing_reader.wasm} over the served one and updating both.
 */
class KioskCameraWasmUnitTest {

    private static final Path SERVED = Path.of("src/main/resources/META-INF/resources/kiosk/wasm/zxing_reader.wasm");
    private static final String ZXING_WASM_3_1_3_READER_SHA256 =
            "2ebda08a93eea3efcd8399cda6b276e6a0b1de4fec60b4d8988a047de4c6d1ba";

    @Test
    void theServedReaderIsTheOneTheNpmPackageWasBuiltWith() throws Exception {
        var sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(SERVED)));

        assertThat(KioskCamera.BARCODE_DETECTOR_VERSION).as("barcode-detector version the wasm was copied from")
                .isEqualTo("3.2.2");
        assertThat(sha256).isEqualTo(ZXING_WASM_3_1_3_READER_SHA256);
    }
}
