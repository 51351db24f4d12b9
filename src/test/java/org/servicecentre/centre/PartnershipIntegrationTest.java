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
import org.servicecentre.shared.DomainException;
import org.servicecentre.shared.TranslationProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.test.context.support.WithUserDetails;

/** Who may partner organisations with which centres and alliances, and what a partnership must look like. */
@ServiceCentreTest
class PartnershipIntegrationTest {

    @Autowired CentreService centres;
    @Autowired PartnershipService partnerships;
    @Autowired AllianceService alliances;
    @Autowired OrganisationService organisations;
    @Autowired AccountService accounts;
    @Autowired RegionService regions;
    @Autowired AuthenticationManager authentication;
    @Autowired TranslationProvider translations;

    PartnerFixtures fixtures;
    long organisation;

    @BeforeEach
    void setUp() {
        fixtures = new PartnerFixtures(organisations, accounts, alliances, centres, regions, authentication);
        organisation = fixtures.organisation(unique("PT"));
    }

    @Test
    @WithUserDetails("admin")
    void refusesAPartnershipWithBothTargetsOrNone() {
        var both = PartnershipDraft.withCentre(organisation, fixtures.centre("KJY"));
        both.setAllianceId(alliances.list("YH-NT", 0, 1).getFirst().id());
        var none = new PartnershipDraft();
        none.setOrganisationId(organisation);

        for (var draft : new PartnershipDraft[] {both, none}) {
            assertThatThrownBy(() -> partnerships.create(draft)).isInstanceOfSatisfying(DomainException.class, e -> {
                assertThat(e.code()).isEqualTo("PARTNERSHIP_ONE_TARGET");
                assertThat(translations.getTranslation(e.translationKey(), java.util.Locale.ENGLISH, e.arguments()))
                        .isEqualTo("Choose exactly one of the two: a centre or an alliance.");
            });
        }
        assertThat(partnerships.count(organisation, null, null)).isZero();
    }

    @Test
    @WithUserDetails("admin")
    void refusesADuplicatePartnershipNamingOrganisationAndTarget() {
        long keji = fixtures.centre("KJY");
        partnerships.create(PartnershipDraft.withCentre(organisation, keji));

        assertThatThrownBy(() -> partnerships.create(PartnershipDraft.withCentre(organisation, keji)))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("DUPLICATE_PARTNERSHIP");
                    assertThat(translations.getTranslation(e.translationKey(), java.util.Locale.SIMPLIFIED_CHINESE,
                            e.arguments())).contains("测试社工机构").contains("科技园社区党群服务中心");
                });
        assertThat(partnerships.count(organisation, null, null)).isEqualTo(1);
    }

    @Test
    @WithUserDetails("admin")
    void refusesAPartnershipWithAnArchivedAlliance() {
        long archived = fixtures.alliance(unique("PA"), false, "TL");

        assertThatThrownBy(() -> partnerships.create(PartnershipDraft.withAlliance(organisation, archived)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("ALLIANCE_ARCHIVED"));
    }

    @Test
    @WithUserDetails("manager")
    void letsAManagerPartnerWithTheirOwnCentreOnly() {
        var created = partnerships.create(PartnershipDraft.withCentre(organisation, fixtures.centre("GXQ")));

        assertThat(created.centreName()).isEqualTo("高新区社区党群服务中心");
        assertThat(created.createdBy()).isEqualTo("王芳");
        assertThatThrownBy(() -> partnerships.create(PartnershipDraft.withCentre(organisation, fixtures.centre("TL"))))
                .isInstanceOf(AccessDeniedException.class);
        long yuehai = alliances.list("YH-NT", 0, 1).getFirst().id();
        assertThatThrownBy(() -> partnerships.create(PartnershipDraft.withAlliance(organisation, yuehai)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("manager")
    void letsAManagerRemoveTheirCentresPartnershipsButNotAnAlliances() {
        var own = partnerships.create(PartnershipDraft.withCentre(organisation, fixtures.centre("KJY")));
        long yuehai = alliances.list("YH-NT", 0, 1).getFirst().id();
        var throughAlliance = SystemAuthentication.asSystem(() ->
                partnerships.create(PartnershipDraft.withAlliance(organisation, yuehai)));

        assertThatThrownBy(() -> partnerships.remove(throughAlliance.id())).isInstanceOf(AccessDeniedException.class);
        partnerships.remove(own.id());

        assertThat(partnerships.list(organisation, null, null, 0, 10)).extracting(PartnershipSummary::id)
                .containsExactly(throughAlliance.id());
    }

    @Test
    @WithUserDetails("officer")
    void refusesAnOfficerAnyChange() {
        assertThatThrownBy(() -> partnerships.create(PartnershipDraft.withCentre(organisation, fixtures.centre("KJY"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(partnerships.list(null, fixtures.centre("KJY"), null, 0, 50)).isNotEmpty();
    }

    @Test
    @WithUserDetails("admin")
    void findsForACentreThePartnershipsThroughItsActiveAlliancesToo() {
        long tongle = fixtures.centre("TL");
        long alliance = fixtures.alliance(unique("PF"), true, "TL", "NTC");
        partnerships.create(PartnershipDraft.withAlliance(organisation, alliance));
        var other = fixtures.organisation(unique("PF"));
        partnerships.create(PartnershipDraft.withCentre(other, tongle));

        assertThat(partnerships.list(null, tongle, null, 0, 500)).extracting(PartnershipSummary::organisationId)
                .contains(organisation, other);
        assertThat(partnerships.list(null, null, alliance, 0, 50)).extracting(PartnershipSummary::organisationId)
                .containsExactly(organisation);
        assertThat(partnerships.count(organisation, tongle, null)).isEqualTo(1);
        assertThat(partnerships.count(organisation, fixtures.centre("KJY"), null)).isZero();
    }

    @Test
    void showsNgoStaffTheirOwnOrganisationsPartnershipsOnly() {
        SystemAuthentication.asSystem(() -> partnerships.create(
                PartnershipDraft.withCentre(organisation, fixtures.centre("KJY"))));
        String staff = fixtures.staffOf(organisation);
        long qihang = SystemAuthentication.asSystem(() -> organisations.list("QIHANG", null, 0, 1).getFirst().id());

        fixtures.as(staff, () -> {
            assertThat(partnerships.list(null, null, null, 0, 50)).extracting(PartnershipSummary::organisationId)
                    .containsOnly(organisation).hasSize(1);
            assertThat(partnerships.bookableCentreIds(organisation)).containsExactly(fixtures.centre("KJY"));
            assertThatThrownBy(() -> partnerships.bookableCentreIds(qihang)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> partnerships.create(PartnershipDraft.withCentre(organisation, fixtures.centre("TL"))))
                    .isInstanceOf(AccessDeniedException.class);
        });
    }
}
