package org.servicecentre.programme;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secret in a resident's ticket link (which lets them see and cancel their registration without an account):
 * 128 random bits, shown once; only its SHA-256 is stored, so a database leak does not leak the links.
 */
final class ManageTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private ManageTokens() {
    }

    static String create() {
        var bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
