package org.servicecentre.centre;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.servicecentre.centre.PartnerFixtures.unique;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.servicecentre.ServiceCentreTest;
import org.servicecentre.organisation.OrganisationService;
import org.servicecentre.security.AccountService;
import org.servicecentre.security.SystemAuthentication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.test.context.support.WithUserDetails;

/** NGO staff see only the active centres their organisation may book in: directly or through an active alliance. */
@ServiceCentreTest
class CentreVisibilityForNgoStaffIntegrationTest {

    @Autowired CentreService centres;
    @Autowired PartnershipService partnerships;
    @Autowired AllianceService alliances;
    @Autowired OrganisationService organisations;
    @Autowired AccountService accounts;
    @Autowired RegionService regions;
    @Autowired AuthenticationManager authentication;

    PartnerFixtures fixtures;
    long organisation;
    String staff;

    @BeforeEach
    void anOrganisationWithoutPartnerships() {
        fixtures = new PartnerFixtures(organisations, accounts, alliances, centres, regions, authentication);
        organisation = fixtures.organisation(unique("NV"));
        staff = fixtures.staffOf(organisation);
    }

    @Test
    void showsNoCentreToStaffOfAnOrganisationWithoutPartnerships() {
        long keji = fixtures.centre("KJY");

        fixtures.as(staff, () -> {
            assertThat(centres.list("", null, 0, 50)).isEmpty();
            assertThat(centres.count("", null)).isZero();
            assertThatThrownBy(() -> centres.get(keji)).isInstanceOf(AccessDeniedException.class);
        });
    }

    @Test
    void showsACentreOnceTheOrganisationIsPartneredWithIt() {
        long tongle = fixtures.centre("TL");
        SystemAuthentication.asSystem(() -> partnerships.create(PartnershipDraft.withCentre(organisation, tongle)));

        fixtures.as(staff, () -> {
            assertThat(centres.list("", null, 0, 50)).extracting(CentreSummary::code).containsExactly("TL");
            assertThat(centres.count("", null)).isEqualTo(1);
            assertThat(centres.get(tongle).code()).isEqualTo("TL");
            assertThatThrownBy(() -> centres.get(fixtures.centre("KJY"))).isInstanceOf(AccessDeniedException.class);
        });
    }

    @Test
    void showsTheMembersOfAnAllianceTheOrganisationIsPartneredWith() {
        long alliance = fixtures.alliance(unique("NVA"), true, "NTC", "TL");
        SystemAuthentication.asSystem(() -> partnerships.create(PartnershipDraft.withAlliance(organisation, alliance)));

        fixtures.as(staff, () -> {
            assertThat(centres.list("", null, 0, 50)).extracting(CentreSummary::code)
                    .containsExactlyInAnyOrder("NTC", "TL");
            assertThat(centres.count("", null)).isEqualTo(2);
            assertThat(centres.get(fixtures.centre("NTC")).code()).isEqualTo("NTC");
        });
    }

    @Test
    @WithUserDetails("ngo")
    void showsTheDemoNgoAllFourCentresThroughTheDemoAlliance() {
        assertThat(centres.list("", null, 0, 50)).extracting(CentreSummary::code)
                .contains("KJY", "GXQ", "NTC", "TL");
    }
}
