package org.servicecentre.security;

import java.security.SecureRandom;
import org.springframework.stereotype.Component;

/** Makes readable one-time passwords: no characters that are easy to confuse when read aloud or copied by hand. */
@Component
class TemporaryPasswords {

    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private final SecureRandom random = new SecureRandom();

    String next() {
        var password = new StringBuilder(12);
        for (int i = 0; i < 12; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
