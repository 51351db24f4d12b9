package org.servicecentre.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.servicecentre.ServiceCentreTest;
import org.servicecentre.security.SystemAuthentication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

/** NGO staff see their own organisation through the service layer, and nothing of any other. */
@ServiceCentreTest
class OrganisationScopeIntegrationTest {

    @Autowired
    OrganisationService organisations;

    @Test
    @WithUserDetails("ngo")
    void refusesNgoStaffAnotherOrganisation() {
        long volunteerTeam = idOf("YH-VOL");

        assertThatThrownBy(() -> organisations.get(volunteerTeam)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("ngo")
    void listsOnlyTheNgoStaffsOwnOrganisation() {
        var visible = organisations.list("", null, 0, 50);

        assertThat(visible).extracting(OrganisationSummary::code).containsExactly("QIHANG");
        assertThat(organisations.count("", null)).isEqualTo(1);
        assertThat(organisations.list("YH-VOL", null, 0, 50)).isEmpty();
        assertThat(organisations.get(idOf("QIHANG")).name()).isEqualTo("南山区启航社会工作服务中心");
    }

    private long idOf(String code) {
        return SystemAuthentication.asSystem(() -> organisations.list(code, null, 0, 1).getFirst().id());
    }
}
