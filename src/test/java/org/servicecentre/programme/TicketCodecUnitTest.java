package org.servicecentre.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Base64;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TicketCodecUnitTest {

    private static final Instant EXPIRY = Instant.parse("2027-03-03T10:00:00Z");
    private static final byte[] SIGNATURE = new byte[TicketSignatures.SIGNATURE_LENGTH];

    @Test
    void readsBackWhatItWrote() {
        var token = new TicketToken(3, TicketSubject.REGISTRATION, 123_456, 789, 4_567_890, EXPIRY);
        var signature = SIGNATURE.clone();
        signature[0] = 42;

        var parsed = TicketCodec.parse(TicketCodec.encode(TicketCodec.payload(token), signature)).orElseThrow();

        assertThat(parsed.token()).isEqualTo(token);
        assertThat(parsed.payload()).isEqualTo(TicketCodec.payload(token));
        assertThat(parsed.signature()).isEqualTo(signature);
    }

    @Test
    void aCardHasNoProgrammeOrSession() {
        var token = new TicketToken(1, TicketSubject.CARD, 77, 0, 0, EXPIRY);

        var parsed = TicketCodec.parse(TicketCodec.encode(TicketCodec.payload(token), SIGNATURE)).orElseThrow();

        assertThat(parsed.token()).isEqualTo(token);
    }

    @Test
    void staysShortEnoughForASmallQrCodeEvenWithCityScaleIds() {
        // a year of a big city: ids in the hundreds of millions, a thousand key rotations
        var token = new TicketToken(1_000, TicketSubject.REGISTRATION, 900_000_000L, 50_000_000L, 900_000_000L,
                EXPIRY);

        String text = TicketCodec.encode(TicketCodec.payload(token), SIGNATURE);

        assertThat(text).startsWith("SC1.").hasSizeLessThan(140);
        assertThat(TicketCodec.parse(text)).isPresent();
    }

    @Test
    void carriesTheExpiryToTheMinuteRoundedUp() {
        var token = new TicketToken(1, TicketSubject.CARD, 1, 0, 0, Instant.parse("2027-03-03T10:00:01Z"));

        var parsed = TicketCodec.parse(TicketCodec.encode(TicketCodec.payload(token), SIGNATURE)).orElseThrow();

        assertThat(parsed.token().expires()).isEqualTo(Instant.parse("2027-03-03T10:01:00Z"));
    }

    @Test
    void toleratesTheLineEndAHardwareScannerSends() {
        String text = TicketCodec.encode(TicketCodec.payload(sample()), SIGNATURE);

        assertThat(TicketCodec.parse(" " + text + "\r\n")).isPresent();
    }

    @Test
    void refusesWhatIsNotATicket() {
        String good = TicketCodec.encode(TicketCodec.payload(sample()), SIGNATURE);
        String body = good.substring(TicketCodec.PREFIX.length());

        assertThat(TicketCodec.parse(null)).isEmpty();
        assertThat(TicketCodec.parse("")).isEmpty();
        assertThat(TicketCodec.parse("SC1.")).isEmpty();
        assertThat(TicketCodec.parse("https://example.org/rooms/12/door")).as("a door code").isEmpty();
        assertThat(TicketCodec.parse(body)).as("no prefix").isEmpty();
        assertThat(TicketCodec.parse("sc1." + body)).as("prefix in lower case").isEmpty();
        assertThat(TicketCodec.parse("SC2." + body)).as("another version's prefix").isEmpty();
        assertThat(TicketCodec.parse(good + "==")).as("padding").isEmpty();
        assertThat(TicketCodec.parse(good.replace('-', '+').replace('_', '/') + "+")).as("plain base64").isEmpty();
        assertThat(TicketCodec.parse(good + "A")).as("one character more").isEmpty();
        assertThat(TicketCodec.parse(good + "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"))
                .as("far too long").isEmpty();
        assertThat(TicketCodec.parse("SC1." + "中文".repeat(10))).as("not base64 at all").isEmpty();
    }

    @Test
    void refusesTheOtherSpellingsOfTheSameBytes() {
        String good = TicketCodec.encode(TicketCodec.payload(sample()), SIGNATURE);
        // the last character of unpadded base64 carries spare bits; setting them spells the same bytes differently
        char last = good.charAt(good.length() - 1);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        char other = alphabet.charAt(alphabet.indexOf(last) | 1);
        assertThat(other).as("76 bytes leave spare bits in the last character").isNotEqualTo(last);

        assertThat(Base64.getUrlDecoder().decode(good.substring(4, good.length() - 1) + other))
                .as("what a lenient decoder reads").isEqualTo(Base64.getUrlDecoder().decode(good.substring(4)));
        assertThat(TicketCodec.parse(good.substring(0, good.length() - 1) + other)).isEmpty();
    }

    @Test
    void refusesPayloadsOfTheWrongShape() {
        byte[] payload = TicketCodec.payload(sample());

        assertThat(parsePayload(withByte(payload, 0, 2))).as("version 2").isEmpty();
        assertThat(parsePayload(withByte(payload, 2, 3))).as("unknown subject kind").isEmpty();
        assertThat(parsePayload(append(payload, (byte) 0))).as("a byte too many").isEmpty();
        assertThat(parsePayload(java.util.Arrays.copyOf(payload, payload.length - 1))).as("a byte short").isEmpty();
        // key id 1 spelled in two bytes (0x81 0x00) instead of one
        byte[] overlong = new byte[payload.length + 1];
        overlong[0] = 1;
        overlong[1] = (byte) 0x81;
        overlong[2] = 0;
        System.arraycopy(payload, 2, overlong, 3, payload.length - 2);
        assertThat(parsePayload(overlong)).as("an over-long number").isEmpty();
        // ten continuation bytes: more than any id needs
        byte[] endless = new byte[30];
        endless[0] = 1;
        java.util.Arrays.fill(endless, 1, 12, (byte) 0xFF);
        assertThat(parsePayload(endless)).as("a number that never ends").isEmpty();
    }

    @Test
    void neverThrowsOnRandomInput() {
        var random = new Random(20270302L);
        for (int i = 0; i < 20_000; i++) {
            byte[] bytes = new byte[random.nextInt(140)];
            random.nextBytes(bytes);
            if (i % 2 == 0 && bytes.length > 0) {
                bytes[0] = TicketCodec.VERSION;
            }
            String text = i % 3 == 0 ? TicketCodec.PREFIX + new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1)
                    : TicketCodec.PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            int round = i;
            assertThat(TicketCodec.parse(text)).as("round %d", round).satisfiesAnyOf(
                    parsed -> assertThat(parsed).isEmpty(),
                    parsed -> assertThat(parsed.get().signature()).hasSize(TicketSignatures.SIGNATURE_LENGTH));
        }
    }

    @Test
    void refusesNegativeIdsWhenWriting() {
        var token = new TicketToken(1, TicketSubject.REGISTRATION, -5, 1, 1, EXPIRY);

        assertThatThrownBy(() -> TicketCodec.payload(token)).isInstanceOf(IllegalArgumentException.class);
    }

    private static TicketToken sample() {
        return new TicketToken(2, TicketSubject.REGISTRATION, 1001, 50, 500, EXPIRY);
    }

    private static java.util.Optional<SignedTicket> parsePayload(byte[] payload) {
        return TicketCodec.parse(TicketCodec.encode(payload, SIGNATURE));
    }

    private static byte[] withByte(byte[] bytes, int index, int value) {
        var copy = bytes.clone();
        copy[index] = (byte) value;
        return copy;
    }

    private static byte[] append(byte[] bytes, byte extra) {
        var copy = java.util.Arrays.copyOf(bytes, bytes.length + 1);
        copy[bytes.length] = extra;
        return copy;
    }
}
