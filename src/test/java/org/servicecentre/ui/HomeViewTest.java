package org.servicecentre.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.servicecentre.ServiceCentreTest;
import org.springframework.security.test.context.support.WithUserDetails;

@ServiceCentreTest
class HomeViewTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("manager")
    void showsAManagerTheCentresTheyManage() {
        navigate(HomeView.class);

        assertThat($(H2.class).all()).extracting(H2::getText).contains("我管理的服务中心（2）");
        assertThat($(Span.class).withClassName("card-title").all()).extracting(Span::getText)
                .containsExactlyInAnyOrder("科技园社区党群服务中心", "高新区社区党群服务中心");
    }
}
