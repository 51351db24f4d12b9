package org.servicecentre.programme;

import java.security.PublicKey;

/**
 * The cryptographic part of checking a ticket, and nothing else: the app's own parsing ({@link TicketCodec}) and
 * Ed25519 check ({@link TicketSignatures}) of a token against a public key the caller already holds. No key ring, no
 * registration, no session: the kiosk benchmark's "raw cost" of a scan.
 */
public final class TicketSignatureCheck {

    private TicketSignatureCheck() {
    }

    /** Reads a stored public key (X.509, as the {@code ticket_key} table keeps it). */
    public static PublicKey publicKey(byte[] x509) {
        return TicketSignatures.publicKey(x509);
    }

    /** The id of the key that signed the token, or -1 when the text is no ticket. */
    public static int keyId(String token) {
        return TicketCodec.parse(token).map(t -> t.token().keyId()).orElse(-1);
    }

    /** Whether the token parses and its signature is the key's over its payload. */
    public static boolean verifies(String token, PublicKey key) {
        return TicketCodec.parse(token)
                .map(t -> TicketSignatures.verify(key, t.payload(), t.signature()))
                .orElse(false);
    }
}
