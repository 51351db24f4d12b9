package org.servicecentre.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.servicecentre.programme.FakeTicketSubjects.slot;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.servicecentre.ServiceCentreTest;
import org.servicecentre.security.SystemAuthentication;
import org.servicecentre.shared.DomainException;
import org.servicecentre.shared.NotFoundException;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Tickets from issue to scan, with the real key ring in the database and registrations made up by the test. A
 * registration 1001 of resident 77 for session 500 of programme 50, at 科技园 (centre 7) on 2 March 2027, 16:30-18:00.
 */
@ServiceCentreTest
class TicketVerifierIntegrationTest {

    private static final long CENTRE = 7;
    private static final Instant DURING = at("2027-03-02T16:20:00+08:00");
    private static final Instant VALID_UNTIL = at("2027-03-03T00:00:00+08:00");

    @Autowired
    TicketKeyRing keys;

    @Autowired
    TicketKeyService keyService;

    FakeTicketSubjects subjects;
    TicketService tickets;
    TicketVerifier verifier;

    @BeforeEach
    void setUp() {
        subjects = new FakeTicketSubjects();
        tickets = new TicketService(keys, () -> subjects);
        verifier = new TicketVerifier(keys, () -> subjects, Clock.systemUTC());
        subjects.register(1001, 77, 50, 500L,
                List.of(slot(500, CENTRE, "科技园社区党群服务中心", "2027-03-02T16:30", "2027-03-02T18:00")), VALID_UNTIL);
    }

    @Test
    void aTicketPrintedAsAQrCodeAndScannedBackIsValid() throws Exception {
        String token = tickets.registrationToken(1001);

        String scanned = decode(tickets.png(token, 300));
        var check = verifier.verify(scanned, CENTRE, DURING);

        assertThat(scanned).isEqualTo(token).startsWith("SC1.").hasSizeLessThan(140);
        assertThat(check.outcome()).isEqualTo(TicketOutcome.VALID);
        assertThat(check.subject()).isEqualTo(TicketSubject.REGISTRATION);
        assertThat(check.subjectId()).isEqualTo(1001);
        assertThat(check.residentId()).isEqualTo(77);
        assertThat(check.programmeId()).isEqualTo(50);
        assertThat(check.session().sessionId()).isEqualTo(500);
        assertThat(check.session().centreName()).isEqualTo("科技园社区党群服务中心");
        assertThat(check.expires()).isEqualTo(VALID_UNTIL);
    }

    @Test
    void flippingAnyBitsOfAnyByteNeverGivesAValidTicket() {
        String token = tickets.registrationToken(1001);
        byte[] bytes = Base64.getUrlDecoder().decode(token.substring(TicketCodec.PREFIX.length()));
        int keyId = TicketCodec.parse(token).orElseThrow().token().keyId();
        int keyIdEnd = 1 + (keyId < 0x80 ? 1 : keyId < 0x4000 ? 2 : 3);
        int signatureStart = bytes.length - TicketSignatures.SIGNATURE_LENGTH;

        for (int position = 0; position < bytes.length; position++) {
            for (int mask : new int[] {0x01, 0x80, 0xFF}) {
                byte[] altered = bytes.clone();
                altered[position] ^= (byte) mask;
                String text = TicketCodec.PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(altered);

                var outcome = verifier.verify(text, CENTRE, DURING).outcome();

                // a changed key id may name no key; a changed length or kind may not parse; anything else is forged
                assertThat(outcome).as("byte %d ^ %02x", position, mask).isIn(TicketOutcome.FORGED,
                        TicketOutcome.MALFORMED, TicketOutcome.UNKNOWN_KEY);
                if (position >= keyIdEnd) {
                    assertThat(outcome).as("byte %d ^ %02x", position, mask).isIn(TicketOutcome.FORGED,
                            TicketOutcome.MALFORMED);
                }
                if (position >= signatureStart) {
                    assertThat(outcome).as("signature byte %d ^ %02x", position, mask).isEqualTo(TicketOutcome.FORGED);
                }
            }
        }
    }

    @Test
    void aTicketSignedUnderAKeyIdNobodyKnowsIsAnUnknownKey() {
        var stranger = TicketSignatures.generate();
        var claim = new TicketToken(99_999, TicketSubject.REGISTRATION, 1001, 50, 500, VALID_UNTIL);
        byte[] payload = TicketCodec.payload(claim);

        String token = TicketCodec.encode(payload, TicketSignatures.sign(stranger.getPrivate(), payload));

        assertThat(verifier.verify(token, CENTRE, DURING).outcome()).isEqualTo(TicketOutcome.UNKNOWN_KEY);
    }

    @Test
    void theSameTicketSignedByAnotherKeyUnderTheRealKeyIdIsForged() {
        var genuine = TicketCodec.parse(tickets.registrationToken(1001)).orElseThrow();
        var stranger = TicketSignatures.generate();

        String token = TicketCodec.encode(genuine.payload(), TicketSignatures.sign(stranger.getPrivate(),
                genuine.payload()));

        var check = verifier.verify(token, CENTRE, DURING);
        assertThat(check.outcome()).isEqualTo(TicketOutcome.FORGED);
        assertThat(check.subjectId()).as("nothing of a forged ticket is believed").isNull();
    }

    @Test
    void aTicketShownAfterItsExpiryHasExpired() {
        String token = tickets.registrationToken(1001);

        var check = verifier.verify(token, CENTRE, VALID_UNTIL.plusSeconds(60));

        assertThat(check.outcome()).isEqualTo(TicketOutcome.EXPIRED);
        assertThat(check.subjectId()).isEqualTo(1001);
    }

    @Test
    void aCancelledOrDeletedRegistrationsTicketIsRevoked() {
        String token = tickets.registrationToken(1001);

        subjects.cancelRegistration(1001);
        assertThat(verifier.verify(token, CENTRE, DURING).outcome()).isEqualTo(TicketOutcome.REVOKED);

        subjects.forget(1001);
        assertThat(verifier.verify(token, CENTRE, DURING).outcome()).isEqualTo(TicketOutcome.REVOKED);
    }

    @Test
    void aTicketForASessionTheRegistrationNoLongerHasIsRevoked() {
        String token = tickets.registrationToken(1001);

        subjects.replace(new TicketSubjects.Subject(1001, 77, 50L, 501L, false,
                List.of(slot(501, CENTRE, "科技园社区党群服务中心", "2027-03-02T16:30", "2027-03-02T18:00")), VALID_UNTIL));

        assertThat(verifier.verify(token, CENTRE, DURING).outcome()).isEqualTo(TicketOutcome.REVOKED);
    }

    @Test
    void aTicketShownTheDayBeforeIsForAnotherDayAndSaysWhen() {
        String token = tickets.registrationToken(1001);

        var check = verifier.verify(token, CENTRE, at("2027-03-01T16:20:00+08:00"));

        assertThat(check.outcome()).isEqualTo(TicketOutcome.WRONG_DAY);
        assertThat(check.nextSession().sessionId()).isEqualTo(500);
        assertThat(check.nextSession().start()).isEqualTo(at("2027-03-02T16:30:00+08:00"));
    }

    @Test
    void theDayIsTheSessionsLocalDayNotTheUtcDay() {
        subjects.register(1003, 77, 50, 500L,
                List.of(slot(500, CENTRE, "科技园社区党群服务中心", "2027-03-02T16:30", "2027-03-02T18:00")),
                at("2027-03-10T00:00:00+08:00"));
        String token = tickets.registrationToken(1003);

        assertThat(verifier.verify(token, CENTRE, at("2027-03-02T07:30:00+08:00")).outcome())
                .as("early on 2 March in Shanghai, still 1 March in UTC").isEqualTo(TicketOutcome.VALID);
        assertThat(verifier.verify(token, CENTRE, at("2027-03-03T01:00:00+08:00")).outcome())
                .as("1 a.m. on 3 March in Shanghai, still 2 March in UTC").isEqualTo(TicketOutcome.WRONG_DAY);
    }

    @Test
    void aTicketShownAtAnotherCentreSaysWhereItsSessionIs() {
        String token = tickets.registrationToken(1001);

        var check = verifier.verify(token, 8L, DURING);

        assertThat(check.outcome()).isEqualTo(TicketOutcome.WRONG_CENTRE);
        assertThat(check.elsewhere()).extracting(TicketSession::centreName).containsExactly("科技园社区党群服务中心");
        assertThat(verifier.verify(token, null, DURING).outcome()).as("no centre given").isEqualTo(TicketOutcome.VALID);
    }

    @Test
    void aWholeProgrammeTicketIsValidOnEachSessionDayAndPicksTodaysSession() {
        subjects.register(1002, 78, 51, null, List.of(
                slot(601, CENTRE, "科技园社区党群服务中心", "2027-03-02T09:00", "2027-03-02T11:00"),
                slot(602, CENTRE, "科技园社区党群服务中心", "2027-03-09T09:00", "2027-03-09T11:00"),
                slot(603, 8L, "高新区社区党群服务中心", "2027-03-16T09:00", "2027-03-16T11:00")),
                at("2027-03-17T00:00:00+08:00"));
        String token = tickets.registrationToken(1002);

        assertThat(verifier.verify(token, CENTRE, at("2027-03-09T08:50:00+08:00")).session().sessionId())
                .isEqualTo(602);
        assertThat(verifier.verify(token, CENTRE, at("2027-03-16T08:50:00+08:00")).outcome())
                .isEqualTo(TicketOutcome.WRONG_CENTRE);
        var between = verifier.verify(token, CENTRE, at("2027-03-05T10:00:00+08:00"));
        assertThat(between.outcome()).isEqualTo(TicketOutcome.WRONG_DAY);
        assertThat(between.nextSession().sessionId()).isEqualTo(602);
    }

    @Test
    void aPersonalCardIsValidAtAnyCentreOnAnyDay() {
        subjects.card(3001, 79, at("2030-01-01T00:00:00+08:00"));
        String token = tickets.cardToken(3001);

        var check = verifier.verify(token, 8L, DURING);

        assertThat(check.outcome()).isEqualTo(TicketOutcome.VALID);
        assertThat(check.subject()).isEqualTo(TicketSubject.CARD);
        assertThat(check.residentId()).isEqualTo(79);
        assertThat(check.programmeId()).isNull();
    }

    @Test
    void noTicketForAnUnknownOrCancelledRegistration() {
        subjects.cancelRegistration(1001);

        assertThatThrownBy(() -> tickets.registrationToken(404)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> tickets.cardToken(404)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> tickets.registrationToken(1001)).isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo("TICKET_REVOKED");
    }

    @Test
    void anOldKeyStillVerifiesAfterARotationAndNoLongerOnceRetired() {
        String before = tickets.registrationToken(1001);
        int oldKey = TicketCodec.parse(before).orElseThrow().token().keyId();

        var rotated = SystemAuthentication.asSystem(keyService::rotate);
        String after = tickets.registrationToken(1001);

        assertThat(TicketCodec.parse(after).orElseThrow().token().keyId()).isEqualTo(Integer.parseInt(rotated.id()));
        assertThat(verifier.verify(before, CENTRE, DURING).outcome()).isEqualTo(TicketOutcome.VALID);
        assertThat(verifier.verify(after, CENTRE, DURING).outcome()).isEqualTo(TicketOutcome.VALID);

        SystemAuthentication.asSystem(() -> keyService.retire(Integer.toString(oldKey)));

        assertThat(verifier.verify(before, CENTRE, DURING).outcome()).isEqualTo(TicketOutcome.UNKNOWN_KEY);
        assertThat(verifier.verify(after, CENTRE, DURING).outcome()).isEqualTo(TicketOutcome.VALID);
    }

    @Test
    void anSvgTicketHasOnePathAndAViewBox() {
        String svg = tickets.svg(tickets.registrationToken(1001));

        assertThat(svg).startsWith("<svg").contains("viewBox=\"0 0 ").containsOnlyOnce("<path");
    }

    static Instant at(String offsetDateTime) {
        return OffsetDateTime.parse(offsetDateTime).toInstant();
    }

    static String decode(byte[] png) throws Exception {
        var image = ImageIO.read(new ByteArrayInputStream(png));
        var bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        return new MultiFormatReader().decode(bitmap,
                Map.of(DecodeHintType.POSSIBLE_FORMATS, EnumSet.of(BarcodeFormat.QR_CODE), DecodeHintType.PURE_BARCODE, Boolean.TRUE)).getText();
    }
}
