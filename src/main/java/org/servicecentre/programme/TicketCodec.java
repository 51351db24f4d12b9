package org.servicecentre.programme;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * The text a ticket's QR code holds: {@code SC1.} and then, base64url without padding, the payload followed by its
 * 64-byte Ed25519 signature. The prefix lets a scanner tell a ticket from a room's door code at a glance.
 * <p>
 * Payload: version (1 byte, 1), key id (unsigned LEB128 varint), subject kind (1 byte: 1 registration, 2 card),
 * subject id, programme id and session id (varints, 0 where they do not apply), expiry (4 bytes, big-endian,
 * minutes since the epoch). A typical ticket is about 110 characters, so its QR code stays small.
 * <p>
 * Parsing never throws: anything that is not exactly such a token, in its one canonical spelling, is empty.
 */
final class TicketCodec {

    static final String PREFIX = "SC1.";
    static final int VERSION = 1;
    /** Longer than any token this codec writes, so a scanner's run-on garbage is turned away before decoding. */
    static final int MAX_LENGTH = 200;
    private static final int MAX_VARINT_BYTES = 9;

    private TicketCodec() {
    }

    static byte[] payload(TicketToken token) {
        var out = new ByteArrayOutputStream(40);
        out.write(VERSION);
        writeVarint(out, token.keyId());
        out.write(kindByte(token.subject()));
        writeVarint(out, token.subjectId());
        writeVarint(out, token.programmeId());
        writeVarint(out, token.sessionId());
        long minutes = Math.clamp(Math.ceilDiv(token.expires().getEpochSecond(), 60), 0, 0xFFFF_FFFFL);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) minutes).array());
        return out.toByteArray();
    }

    static String encode(byte[] payload, byte[] signature) {
        var all = new byte[payload.length + signature.length];
        System.arraycopy(payload, 0, all, 0, payload.length);
        System.arraycopy(signature, 0, all, payload.length, signature.length);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(all);
    }

    /** The ticket in the text, surrounding white space allowed (hardware scanners often send a line end). */
    static Optional<SignedTicket> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String trimmed = text.strip();
        if (trimmed.length() > MAX_LENGTH || !trimmed.startsWith(PREFIX)) {
            return Optional.empty();
        }
        byte[] all = decode(trimmed.substring(PREFIX.length()));
        if (all == null || all.length <= TicketSignatures.SIGNATURE_LENGTH) {
            return Optional.empty();
        }
        int payloadLength = all.length - TicketSignatures.SIGNATURE_LENGTH;
        var payload = new byte[payloadLength];
        var signature = new byte[TicketSignatures.SIGNATURE_LENGTH];
        System.arraycopy(all, 0, payload, 0, payloadLength);
        System.arraycopy(all, payloadLength, signature, 0, signature.length);
        return read(payload).map(token -> new SignedTicket(token, payload, signature));
    }

    /** Strict base64url: no padding, no line breaks, and only the one spelling the encoder writes. */
    private static byte[] decode(String body) {
        try {
            byte[] bytes = Base64.getUrlDecoder().decode(body);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes).equals(body) ? bytes : null;
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }

    private static Optional<TicketToken> read(byte[] payload) {
        var in = ByteBuffer.wrap(payload);
        if (!in.hasRemaining() || in.get() != VERSION) {
            return Optional.empty();
        }
        long keyId = readVarint(in);
        TicketSubject subject = in.hasRemaining() ? kindOf(in.get()) : null;
        long subjectId = readVarint(in);
        long programmeId = readVarint(in);
        long sessionId = readVarint(in);
        if (keyId < 0 || keyId > Integer.MAX_VALUE || subject == null || subjectId < 0 || programmeId < 0
                || sessionId < 0 || in.remaining() != 4) {
            return Optional.empty();
        }
        long minutes = Integer.toUnsignedLong(in.getInt());
        return Optional.of(new TicketToken((int) keyId, subject, subjectId, programmeId, sessionId,
                Instant.ofEpochSecond(minutes * 60)));
    }

    private static void writeVarint(ByteArrayOutputStream out, long value) {
        if (value < 0) {
            throw new IllegalArgumentException("Ticket ids are never negative: " + value);
        }
        long rest = value;
        while (rest >= 0x80) {
            out.write((int) (rest & 0x7F) | 0x80);
            rest >>>= 7;
        }
        out.write((int) rest);
    }

    /** The value, or -1 when the bytes run out, run too long or spell a number in more bytes than it needs. */
    private static long readVarint(ByteBuffer in) {
        long value = 0;
        for (int i = 0; i < MAX_VARINT_BYTES; i++) {
            if (!in.hasRemaining()) {
                return -1;
            }
            int b = in.get() & 0xFF;
            value |= (long) (b & 0x7F) << (7 * i);
            if ((b & 0x80) == 0) {
                return b == 0 && i > 0 ? -1 : value;
            }
        }
        return -1;
    }

    private static int kindByte(TicketSubject subject) {
        return switch (subject) {
            case REGISTRATION -> 1;
            case CARD -> 2;
        };
    }

    private static TicketSubject kindOf(byte b) {
        return switch (b) {
            case 1 -> TicketSubject.REGISTRATION;
            case 2 -> TicketSubject.CARD;
            default -> null;
        };
    }
}
