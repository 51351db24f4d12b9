package org.servicecentre.occupancy.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.IFrame;
import org.junit.jupiter.api.Test;
import org.servicecentre.ServiceCentreTest;
import org.springframework.security.test.context.support.WithUserDetails;

@ServiceCentreTest
class DigestViewTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("manager")
    void showsAManagerTheDigestOfTheirCentresAsTheEmail() {
        navigate(DigestView.class);

        String mail = $(IFrame.class).id("digest-mail").getSrcdoc().orElseThrow();
        assertThat(mail).contains("活动室使用率", "科技园社区党群服务中心", "高新区社区党群服务中心", "<base target=\"_top\">");
    }

    @Test
    @WithUserDetails("ngo")
    void showsOrganisationStaffTheirOrganisationsDigest() {
        navigate(DigestView.class);

        assertThat($(IFrame.class).id("digest-mail").getSrcdoc().orElseThrow()).contains("各项目报名与签到");
    }

    @Test
    @WithUserDetails("admin")
    void letsAnAdministratorPickAManager() {
        navigate(DigestView.class);

        assertThat($(ComboBox.class).id("digest-manager").getValue()).isNotNull();
        assertThat($(IFrame.class).id("digest-mail").getSrcdoc().orElseThrow()).contains("活动室使用率");
    }
}
