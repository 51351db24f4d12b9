package org.servicecentre.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.servicecentre.ServiceCentreTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Whatever is scanned, the verifier answers with an outcome and never throws: random text, random bytes dressed up as
 * a ticket, and every cut-off of a genuine ticket. The random inputs come from fixed seeds, so a failure repeats.
 */
@ServiceCentreTest
class TicketFuzzIntegrationTest {

    private static final Instant NOW = Instant.parse("2027-03-02T08:20:00Z");
    private static final List<TicketOutcome> REFUSED = List.of(TicketOutcome.MALFORMED, TicketOutcome.FORGED,
            TicketOutcome.UNKNOWN_KEY);

    @Autowired
    TicketKeyRing keys;

    FakeTicketSubjects subjects;
    TicketVerifier verifier;
    TicketService tickets;

    @BeforeEach
    void setUp() {
        subjects = new FakeTicketSubjects();
        verifier = new TicketVerifier(keys, () -> subjects, Clock.systemUTC());
        tickets = new TicketService(keys, () -> subjects);
    }

    @Test
    void randomTextIsRefusedWithoutAnException() {
        var random = new Random(1);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.=+/ \n\t中文签到码";
        for (int i = 0; i < 5_000; i++) {
            var text = new StringBuilder(i % 2 == 0 ? "SC1." : "");
            int length = random.nextInt(i % 10 == 0 ? 400 : 150);
            for (int c = 0; c < length; c++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertRefused(text.toString(), "random text #" + i);
        }
    }

    @Test
    void randomBytesWithTheTicketPrefixAreRefusedWithoutAnException() {
        var random = new Random(2);
        for (int i = 0; i < 5_000; i++) {
            byte[] bytes = new byte[random.nextInt(130)];
            random.nextBytes(bytes);
            if (bytes.length > 3 && i % 2 == 0) {
                // get past the version and kind checks often, so that key lookup and signature checks are reached
                bytes[0] = TicketCodec.VERSION;
                bytes[1] = (byte) (1 + random.nextInt(3));
                bytes[2] = (byte) (1 + random.nextInt(2));
            }
            assertRefused(TicketCodec.PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes),
                    "random bytes #" + i);
        }
    }

    @Test
    void everyCutOffOfAGenuineTicketIsRefusedWithoutAnException() {
        subjects.card(4001, 90, Instant.parse("2030-01-01T00:00:00Z"));
        String token = tickets.cardToken(4001);
        assertThat(verifier.verify(token, null, NOW).outcome()).isEqualTo(TicketOutcome.VALID);

        for (int length = 0; length < token.length(); length++) {
            assertRefused(token.substring(0, length), "the first " + length + " characters");
            assertRefused(token.substring(length + 1), "without the first " + (length + 1) + " characters");
        }
    }

    private void assertRefused(String text, String what) {
        var check = verifier.verify(text, 7L, NOW);
        assertThat(check.outcome()).as(what + ": " + text).isIn(REFUSED);
    }
}
