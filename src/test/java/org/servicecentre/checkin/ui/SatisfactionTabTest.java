package org.servicecentre.checkin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.servicecentre.ServiceCentreTest;
import org.servicecentre.centre.CentreDraft;
import org.servicecentre.centre.CentreLevel;
import org.servicecentre.centre.CentreService;
import org.servicecentre.centre.RegionLevel;
import org.servicecentre.centre.RegionService;
import org.servicecentre.checkin.FeedbackService;
import org.servicecentre.security.SystemAuthentication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The satisfaction tab of the centre page: the demo's scores at 科技园, an empty centre, and who may read it. */
@ServiceCentreTest
class SatisfactionTabTest extends SpringBrowserlessTest {

    @Autowired
    CentreService centres;

    @Autowired
    RegionService regions;

    @Autowired
    FeedbackService feedback;

    @Test
    @WithUserDetails("manager")
    void aManagerSeesTheLast30DaysOfScoresWithTheirSpreadAndTags() {
        open(idOf("KJY"));

        long count = Long.parseLong($(Span.class).id("centre-feedback-count").getText());
        assertThat(count).isPositive();
        assertThat($(Span.class).id("centre-feedback-average").getText()).matches("[1-5]\\.[0-9] 分");
        assertThat($(Span.class).id("centre-feedback-satisfied").getText()).endsWith("%");
        assertThat($(Div.class).id("centre-feedback-bar").getElement().getAttribute("aria-label"))
                .startsWith("非常满意：");
        assertThat($(Div.class).id("centre-feedback-tag-helpful-staff").getElement().getTextRecursively()).contains("工作人员热心");
        assertThat($(Div.class).withId("centre-feedback-empty").exists()).isFalse();
    }

    @Test
    @WithUserDetails("manager")
    void anotherPeriodIsReadAgain() {
        open(idOf("KJY"));
        var month = $(Paragraph.class).id("centre-feedback-range").getText();
        long monthCount = Long.parseLong($(Span.class).id("centre-feedback-count").getText());

        @SuppressWarnings("unchecked")
        Select<SatisfactionTab.Period> period = $(Select.class).id("centre-feedback-period");
        test(period).selectItem("最近 7 天");

        assertThat($(Paragraph.class).id("centre-feedback-range").getText()).isNotEqualTo(month);
        assertThat(Long.parseLong($(Span.class).id("centre-feedback-count").getText())).isLessThanOrEqualTo(monthCount);
    }

    @Test
    @WithUserDetails("admin")
    void aCentreWithoutScoresSaysWhereScoresComeFrom() {
        open(SystemAuthentication.asSystem(this::newCentre));

        assertThat($(Div.class).id("centre-feedback-empty").getElement().getTextRecursively()).contains("签到机的笑脸屏");
        assertThat($(Span.class).withId("centre-feedback-count").exists()).isFalse();
    }

    @Test
    @WithUserDetails("officer")
    void anOfficerReadsTheScoresOfACentreInTheirRegion() {
        open(idOf("GXQ"));

        assertThat(Long.parseLong($(Span.class).id("centre-feedback-count").getText())).isPositive();
    }

    @Test
    @WithUserDetails("ngo")
    void ngoStaffLearnWhoMayReadTheScores() {
        open(idOf("KJY"));

        assertThat($(Span.class).withId("centre-feedback-count").exists()).isFalse();
        assertThat($(Paragraph.class).all()).extracting(Paragraph::getText)
                .contains("满意度评价只对本中心的管理员和上级主管部门开放。");
    }

    private void open(long centreId) {
        UI.getCurrent().navigate("centres/" + centreId, QueryParameters.of("tab", "satisfaction"));
    }

    private long newCentre() {
        var shequ = regions.list("", RegionLevel.SHEQU, 0, 1).getFirst();
        var draft = new CentreDraft();
        String code = "FBT" + Long.toString(System.nanoTime(), 36).toUpperCase();
        draft.setCode(code);
        draft.setName("测试社区党群服务中心" + code);
        draft.setLevel(CentreLevel.SHEQU);
        draft.setRegionId(shequ.id());
        return centres.create(draft).id();
    }

    private long idOf(String code) {
        return SystemAuthentication.asSystem(() -> centres.getByCode(code).id());
    }
}
