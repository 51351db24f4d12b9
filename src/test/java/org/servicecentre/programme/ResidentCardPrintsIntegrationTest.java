package org.servicecentre.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.servicecentre.ServiceCentreTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

@ServiceCentreTest
class ResidentCardPrintsIntegrationTest {

    @Autowired
    ResidentService residents;
    @Autowired
    ResidentCardPrints prints;
    @Autowired
    TicketService tickets;
    @Autowired
    TicketVerifier verifier;
    @Autowired
    UserDetailsService users;

    @Test
    void aCardShowsTheChineseHeadingAndTheMaskedNameWhenTheResidentChoseIt() throws Exception {
        long resident = as(() -> residents.create(new ResidentDraft("张三丰", ResidentPrivacyIntegrationTest
                .phoneEndingIn1234(), Set.of(), true))).id();
        long card = as(() -> residents.issueCard(resident, true));

        byte[] pdf = as(() -> prints.pdf(card));
        keepForLooking(pdf);
        var text = textOf(pdf);

        assertThat(text).contains("党群服务中心 签到卡", "check-in card",
                "张**", String.format("%06d", card));
        assertThat(text).doesNotContain("张三丰");
    }

    @Test
    void aCardWithoutTheNameChosenShowsNoName() throws Exception {
        long resident = as(() -> residents.create(new ResidentDraft("张三丰", ResidentPrivacyIntegrationTest
                .phoneEndingIn1234(), Set.of(), true))).id();
        long card = as(() -> residents.issueCard(resident, false));

        var text = textOf(as(() -> prints.pdf(card)));

        assertThat(text).contains("党群服务中心", "签到卡");
        assertThat(text).doesNotContain("张");
    }

    @Test
    void theCardsQrCodeDecodesToATokenThatVerifiesAsAValidCard() throws Exception {
        long resident = as(() -> residents.create(ResidentDraft.anonymous())).id();
        long card = as(() -> residents.issueCard(resident, false));

        String token = tickets.cardToken(card);
        String scanned = TicketVerifierIntegrationTest.decode(tickets.png(token, 600));
        var check = as(() -> verifier.verify(scanned, null, Instant.now()));

        assertThat(scanned).isEqualTo(token);
        assertThat(check.outcome()).isEqualTo(TicketOutcome.VALID);
        assertThat(check.subject()).isEqualTo(TicketSubject.CARD);
        assertThat(check.residentId()).isEqualTo(resident);
    }

    @Test
    void aNewCardStopsTheOldOne() {
        long resident = as(() -> residents.create(ResidentDraft.anonymous())).id();
        long old = as(() -> residents.issueCard(resident, false));
        String oldToken = tickets.cardToken(old);

        as(() -> residents.issueCard(resident, false));

        assertThat(as(() -> verifier.verify(oldToken, null, Instant.now())).outcome()).isEqualTo(TicketOutcome.REVOKED);
    }

    /** With -Dcard.pdf=FILE the card is written out, to render and look at. */
    private static void keepForLooking(byte[] pdf) throws java.io.IOException {
        var file = System.getProperty("card.pdf");
        if (file != null) {
            java.nio.file.Files.write(java.nio.file.Path.of(file), pdf);
        }
    }

    private static String textOf(byte[] pdf) throws Exception {
        try (var reader = new PdfReader(pdf)) {
            return new PdfTextExtractor(reader).getTextFromPage(1).toLowerCase();
        }
    }

    private <T> T as(Supplier<T> action) {
        var context = SecurityContextHolder.getContext();
        var before = context.getAuthentication();
        var user = users.loadUserByUsername("ngo");
        context.setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        try {
            return action.get();
        } finally {
            context.setAuthentication(before);
        }
    }
}
