package org.servicecentre.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.servicecentre.ServiceCentreTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A resident gets their personal QR card from their ticket link, without an account. */
@ServiceCentreTest
class PublicCardIntegrationTest {

    @Autowired
    PublicRegistrations publicRegistrations;

    @Autowired
    ProgrammeFixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aTicketLinkGivesACardWithTheMaskedNameOnlyWhenAskedAndANewCardRevokesTheOld() throws Exception {
        var programme = fixtures.programme(5, RegistrationMode.PER_SESSION);
        var session = fixtures.outsideSession(programme.id(), 30);
        var signedUp = publicRegistrations.register(programme.publicCode(), session.id(),
                new ResidentDraft("欧阳娜娜", null, Set.of(), true));

        var plain = publicRegistrations.issueCard(signedUp.manageToken(), false);
        var named = publicRegistrations.issueCard(signedUp.manageToken(), true);

        assertThat(new String(plain, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(text(plain)).doesNotContain("欧");
        assertThat(text(named)).contains("欧**").doesNotContain("欧阳娜娜");
        var residentId = jdbc.queryForObject("select resident_id from registration where id = ?", Long.class,
                signedUp.registrationId());
        assertThat(jdbc.queryForObject("select count(*) from resident_card where resident_id = ? and revoked_at is null",
                Long.class, residentId)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from resident_card where resident_id = ?", Long.class,
                residentId)).isEqualTo(2);
    }

    private static String text(byte[] pdf) throws Exception {
        try (var reader = new PdfReader(pdf)) {
            return new PdfTextExtractor(reader).getTextFromPage(1);
        }
    }
}
