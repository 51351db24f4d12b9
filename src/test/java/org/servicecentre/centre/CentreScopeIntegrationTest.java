package org.servicecentre.centre;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.servicecentre.ServiceCentreTest;
import org.servicecentre.security.SystemAuthentication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

/** Centre managers keep their own centres through the service layer, and cannot change any other. */
@ServiceCentreTest
class CentreScopeIntegrationTest {

    @Autowired
    CentreService centres;

    @Test
    @WithUserDetails("manager")
    void refusesAManagerAnUpdateOfACentreTheyDoNotManage() {
        var tongle = SystemAuthentication.asSystem(() -> centres.list("TL", null, 0, 1).getFirst());
        var draft = CentreDraft.of(tongle);
        draft.setName("改名的中心");

        assertThatThrownBy(() -> centres.update(tongle.id(), draft)).isInstanceOf(AccessDeniedException.class);
        assertThat(SystemAuthentication.asSystem(() -> centres.get(tongle.id())).name()).isEqualTo(tongle.name());
    }

    @Test
    @WithUserDetails("manager")
    void refusesAManagerSightOfACentreTheyDoNotManage() {
        long tongle = SystemAuthentication.asSystem(() -> centres.list("TL", null, 0, 1).getFirst().id());

        assertThatThrownBy(() -> centres.get(tongle)).isInstanceOf(AccessDeniedException.class);
        assertThat(centres.list("", null, 0, 50)).extracting(CentreSummary::code).containsExactlyInAnyOrder("KJY", "GXQ");
    }
}
