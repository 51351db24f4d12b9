package org.servicecentre.centre;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/** Recognises the picture formats a room photo may have by their first bytes, whatever the file is called. */
final class PhotoTypes {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};
    private static final byte[] RIFF = "RIFF".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] WEBP = "WEBP".getBytes(StandardCharsets.US_ASCII);

    private PhotoTypes() {
    }

    static Optional<String> detect(byte[] content) {
        if (startsWith(content, 0, PNG)) {
            return Optional.of("image/png");
        }
        if (startsWith(content, 0, JPEG)) {
            return Optional.of("image/jpeg");
        }
        if (startsWith(content, 0, RIFF) && startsWith(content, 8, WEBP)) {
            return Optional.of("image/webp");
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] content, int at, byte[] prefix) {
        return content.length >= at + prefix.length
                && Arrays.equals(content, at, at + prefix.length, prefix, 0, prefix.length);
    }
}
