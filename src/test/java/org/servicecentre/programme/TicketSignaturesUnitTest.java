package org.servicecentre.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TicketSignaturesUnitTest {

    private static final byte[] MESSAGE = "a ticket's payload".getBytes(StandardCharsets.UTF_8);

    @Test
    void aSignatureVerifiesWithItsKeyAfterTheKeysWereStoredAndReadBack() {
        var pair = TicketSignatures.generate();
        var stored = TicketSignatures.privateKey(pair.getPrivate().getEncoded());
        var published = TicketSignatures.publicKey(pair.getPublic().getEncoded());

        byte[] signature = TicketSignatures.sign(stored, MESSAGE);

        assertThat(signature).hasSize(TicketSignatures.SIGNATURE_LENGTH);
        assertThat(TicketSignatures.verify(published, MESSAGE, signature)).isTrue();
    }

    @Test
    void anotherKeysSignatureDoesNotVerify() {
        var mine = TicketSignatures.generate();
        var theirs = TicketSignatures.generate();

        byte[] signature = TicketSignatures.sign(theirs.getPrivate(), MESSAGE);

        assertThat(TicketSignatures.verify(mine.getPublic(), MESSAGE, signature)).isFalse();
    }

    @Test
    void anAlteredMessageOrSignatureDoesNotVerify() {
        var pair = TicketSignatures.generate();
        byte[] signature = TicketSignatures.sign(pair.getPrivate(), MESSAGE);
        byte[] altered = MESSAGE.clone();
        altered[0] ^= 1;
        byte[] badSignature = signature.clone();
        badSignature[10] ^= 1;

        assertThat(TicketSignatures.verify(pair.getPublic(), altered, signature)).isFalse();
        assertThat(TicketSignatures.verify(pair.getPublic(), MESSAGE, badSignature)).isFalse();
    }

    @Test
    void signaturesOfTheWrongLengthAreSimplyNotValid() {
        var pair = TicketSignatures.generate();

        assertThat(TicketSignatures.verify(pair.getPublic(), MESSAGE, new byte[0])).isFalse();
        assertThat(TicketSignatures.verify(pair.getPublic(), MESSAGE, new byte[63])).isFalse();
        assertThat(TicketSignatures.verify(pair.getPublic(), MESSAGE, null)).isFalse();
        assertThat(TicketSignatures.verify(pair.getPublic(), MESSAGE, new byte[64])).isFalse();
    }
}
