package org.servicecentre.occupancy.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.servicecentre.ServiceCentreTest;
import org.servicecentre.occupancy.LiveCentreOption;
import org.servicecentre.occupancy.LiveFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@ServiceCentreTest
class LiveViewTest extends SpringBrowserlessTest {

    @Autowired
    LiveFixtures data;
    @Autowired
    LiveRefresher refresher;
    @Autowired
    Clock clock;

    @Test
    @WithUserDetails("admin")
    void showsTheRoomInUseThePeopleInAndTodaysSessionOfTheChosenCentre() {
        var now = clock.instant();
        var centre = data.busyCentre(now);

        open(centre.id());

        assertThat($(ComboBox.class).id("live-centre").getValue()).extracting(o -> ((LiveCentreOption) o).id())
                .isEqualTo(centre.id());
        assertThat($(Paragraph.class).id("live-rooms-summary").getText()).isEqualTo("1 间活动室正在使用（共 2 间）。");
        assertThat(figureValues()).startsWith("2 / 50", "1 / 2");
        assertThat($(Grid.class).id("live-sessions").getGenericDataView().getItems().count()).isEqualTo(1);
        assertThat($(Span.class).withClassName("live-kiosk").first().getText()).contains("离线");
    }

    @Test
    @WithUserDetails("manager")
    void startsAManagerOnTheirFirstCentreAndOffersOnlyTheirOwn() {
        navigate(LiveView.class);

        @SuppressWarnings("unchecked")
        ComboBox<LiveCentreOption> picker = $(ComboBox.class).id("live-centre");
        assertThat(picker.getValue()).isNotNull();
        assertThat(picker.getGenericDataView().getItems().map(LiveCentreOption::name))
                .containsExactlyInAnyOrder("科技园社区党群服务中心", "高新区社区党群服务中心");
    }

    @Test
    @WithUserDetails("admin")
    void theSharedRefresherPushesNewCheckInsToAnOpenViewAndForgetsItWhenItIsLeft() {
        var now = clock.instant();
        var centre = data.busyCentre(now);
        open(centre.id());
        int watching = refresher.watching();
        assertThat(figureValues().getFirst()).isEqualTo("2 / 50");

        data.walkIn(centre.id(), now);
        refresher.refreshAll();
        roundTrip();

        assertThat(figureValues().getFirst()).isEqualTo("3 / 50");

        UI.getCurrent().navigate("");
        assertThat(refresher.watching()).isEqualTo(watching - 1);
    }

    private static void open(long centre) {
        UI.getCurrent().navigate("occupancy/live", QueryParameters.of("centre", String.valueOf(centre)));
    }

    private java.util.List<String> figureValues() {
        return $(Span.class).withClassName("live-figure-value").all().stream().map(Span::getText).toList();
    }
}
