package org.servicecentre.centre;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.servicecentre.centre.PartnerFixtures.unique;

import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.servicecentre.ServiceCentreTest;
import org.servicecentre.organisation.OrganisationService;
import org.servicecentre.security.AccountService;
import org.servicecentre.security.SystemAuthentication;
import org.servicecentre.shared.DomainException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.test.context.support.WithUserDetails;

/** Who reads which alliances, who changes them, and that an archived alliance grants nothing. */
@ServiceCentreTest
class AllianceScopeIntegrationTest {

    @Autowired CentreService centres;
    @Autowired PartnershipService partnerships;
    @Autowired AllianceService alliances;
    @Autowired OrganisationService organisations;
    @Autowired AccountService accounts;
    @Autowired RegionService regions;
    @Autowired AuthenticationManager authentication;

    PartnerFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new PartnerFixtures(organisations, accounts, alliances, centres, regions, authentication);
    }

    @Test
    @WithUserDetails("admin")
    void showsAnAdminEveryAllianceIncludingArchivedOnes() {
        String code = unique("AA");
        fixtures.alliance(code, false, "TL");

        assertThat(alliances.list(code, 0, 10)).singleElement()
                .satisfies(a -> assertThat(a.active()).isFalse());
        assertThat(alliances.list("YH-NT", 0, 10)).extracting(AllianceSummary::name).containsExactly("粤海·南头党建联盟");
    }

    @Test
    @WithUserDetails("manager")
    void showsAManagerOnlyAlliancesWithOneOfTheirCentres() {
        String nantou = unique("AM");
        long other = fixtures.alliance(nantou, true, "NTC", "TL");

        assertThat(alliances.list("YH-NT", 0, 10)).hasSize(1);
        assertThat(alliances.list(nantou, 0, 10)).isEmpty();
        assertThat(alliances.count(nantou)).isZero();
        assertThatThrownBy(() -> alliances.get(other)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("officer")
    void showsAnOfficerAlliancesWithAMemberInTheirRegionOnly() {
        String code = unique("AO");
        long elsewhere = SystemAuthentication.asSystem(() -> allianceInAnotherDistrict(code));

        assertThat(alliances.list("YH-NT", 0, 10)).hasSize(1);
        assertThat(alliances.list(code, 0, 10)).isEmpty();
        assertThatThrownBy(() -> alliances.get(elsewhere)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("ngo")
    void showsNgoStaffOnlyTheAlliancesTheirOrganisationIsPartneredWith() {
        String code = unique("AN");
        long unpartnered = fixtures.alliance(code, true, "KJY");

        assertThat(alliances.list("", 0, 50)).extracting(AllianceSummary::code).contains("YH-NT").doesNotContain(code);
        assertThatThrownBy(() -> alliances.get(unpartnered)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("manager")
    void refusesAManagerTheCreationOrChangeOfAnAlliance() {
        var yuehai = alliances.list("YH-NT", 0, 1).getFirst();
        var draft = AllianceDraft.of(yuehai);
        draft.setName("改名");

        assertThatThrownBy(() -> alliances.update(yuehai.id(), draft)).isInstanceOf(AccessDeniedException.class);
        draft.setCode(unique("AX"));
        assertThatThrownBy(() -> alliances.create(draft)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> alliances.archive(yuehai.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("admin")
    void refusesADuplicateCodeWhateverItsCase() {
        var draft = new AllianceDraft();
        draft.setCode("yh-nt");
        draft.setName("重复的联盟");
        draft.setCentreIds(Set.of(fixtures.centre("KJY")));

        assertThatThrownBy(() -> alliances.create(draft)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo("DUPLICATE_CODE"));
    }

    @Test
    void grantsNothingOnceArchived() {
        long organisation = fixtures.organisation(unique("AR"));
        long alliance = fixtures.alliance(unique("AR"), true, "NTC", "TL");
        SystemAuthentication.asSystem(() -> partnerships.create(PartnershipDraft.withAlliance(organisation, alliance)));
        assertThat(SystemAuthentication.asSystem(() -> partnerships.bookableCentreIds(organisation)))
                .containsExactlyInAnyOrder(fixtures.centre("NTC"), fixtures.centre("TL"));

        SystemAuthentication.asSystem(() -> alliances.archive(alliance));

        assertThat(SystemAuthentication.asSystem(() -> partnerships.bookableCentreIds(organisation))).isEmpty();
        String staff = fixtures.staffOf(organisation);
        fixtures.as(staff, () -> {
            assertThat(centres.count("", null)).isZero();
            assertThat(alliances.count("")).isZero();
        });
    }

    @Test
    @WithUserDetails("manager")
    void tellsWhichAlliancesACentreBelongsToAndWhoTheMembersAre() {
        long keji = fixtures.centre("KJY");

        var found = alliances.alliancesOf(keji);

        assertThat(found).extracting(AllianceSummary::code).contains("YH-NT");
        var yuehai = found.stream().filter(a -> a.code().equals("YH-NT")).findFirst().orElseThrow();
        assertThat(alliances.memberCentreIds(yuehai.id())).contains(keji).hasSize(4);
        assertThat(yuehai.members()).extracting(AllianceMember::code).containsExactly("GXQ", "KJY", "NTC", "TL");
        assertThatThrownBy(() -> alliances.alliancesOf(fixtures.centre("TL"))).isInstanceOf(AccessDeniedException.class);
    }

    private long allianceInAnotherDistrict(String code) {
        var city = regions.list("SZ", RegionLevel.CITY, 0, 1).getFirst();
        var district = new RegionDraft();
        district.setCode(code);
        district.setName("福田区" + code);
        district.setLevel(RegionLevel.DISTRICT);
        district.setParentId(city.id());
        var centre = new CentreDraft();
        centre.setCode(code);
        centre.setName("福田区党群服务中心" + code);
        centre.setLevel(CentreLevel.DISTRICT);
        centre.setRegionId(regions.create(district).id());
        long centreId = centres.create(centre).id();
        var draft = new AllianceDraft();
        draft.setCode(code);
        draft.setName("福田联盟" + code);
        draft.setCentreIds(Set.of(centreId));
        return alliances.create(draft).id();
    }
}
