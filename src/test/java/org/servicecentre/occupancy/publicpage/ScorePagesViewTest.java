package org.servicecentre.occupancy.publicpage;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import org.junit.jupiter.api.Test;
import org.servicecentre.ServiceCentreTest;
import org.servicecentre.shared.ui.charts.EChart;

/** The public scoring pages as anyone passing by opens them: no sign-in, no personal data. */
@ServiceCentreTest
class ScorePagesViewTest extends SpringBrowserlessTest {

    @Test
    void listsTheActiveCentresWithALinkToEach() {
        navigate("score", ScoreIndexView.class);

        assertThat($(H1.class).first().getText()).isEqualTo("服务中心满意度公示");
        assertThat($(H2.class).all()).extracting(H2::getText).contains("科技园社区党群服务中心");
        assertThat($(Anchor.class).all()).extracting(Anchor::getHref).contains("score/KJY");
    }

    @Test
    void showsACentresIndexChartsAndMonthlyTable() {
        navigate("score/KJY", ScoreView.class);

        assertThat($(H1.class).first().getText()).isEqualTo("科技园社区党群服务中心");
        assertThat($(EChart.class).all()).hasSize(2);
        assertThat($(ScoreTable.class).first().getElement().getOuterHTML()).contains("<table");
        assertThat($(ScoreTable.class).first().getElement().getOuterHTML().split("<tr>").length - 2).isEqualTo(6);
    }

    @Test
    void saysSoForAnUnknownOrInactiveCentre() {
        navigate("score/NO-SUCH-CENTRE", ScoreView.class);

        assertThat($(H2.class).first().getText()).isEqualTo("未找到该服务中心");
    }
}
