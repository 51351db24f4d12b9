package org.servicecentre.occupancy.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.RouteNotFoundError;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.servicecentre.ServiceCentreTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@ServiceCentreTest
class CentreComparisonViewTest extends SpringBrowserlessTest {

    private static final LocalDate TO = UsageDashboardViewTest.TO;

    @Autowired
    DashboardFixtures fixtures;

    @Test
    @WithUserDetails("officer")
    void ranksTheCentresOfAStreetByTheChosenMetric() {
        long street = fixtures.street();
        centre(street, "对比测试中心甲", 360, 1);
        centre(street, "对比测试中心乙", 120, 0);
        centre(street, "对比测试中心丙", 240, 2);

        UsageDashboardViewTest.open("occupancy/compare", "region", street);

        assertThat($(H2.class).id("compare-heading").getText()).contains("看板测试街道");
        var grid = test($(Grid.class).id("compare-grid"));
        assertThat(grid.size()).isEqualTo(3);
        assertThat(names(grid)).containsExactly("对比测试中心甲", "对比测试中心丙", "对比测试中心乙");
        assertThat(grid.getCellText(0, 3)).isEqualTo("60%");

        @SuppressWarnings("unchecked")
        Select<ComparisonMetric> metric = $(Select.class).id("compare-metric");
        metric.setValue(ComparisonMetric.NO_SHOW_RATE);

        assertThat(names(grid)).containsExactly("对比测试中心乙", "对比测试中心甲", "对比测试中心丙");
        assertThat(test($(Grid.class).id("compare-months")).size()).isEqualTo(3);
    }

    @Test
    @WithUserDetails("manager")
    void isNotForCentreManagers() {
        var refused = catchThrowable(() -> navigate(CentreComparisonView.class));

        assertThat(refused).isInstanceOf(IllegalArgumentException.class);
        assertThat(getCurrentView()).isInstanceOf(RouteNotFoundError.class);
    }

    /** A centre with one room booked {@code booked} minutes of 600 a day, with {@code noShows} of 3 bookings a day. */
    private void centre(long street, String name, int booked, int noShows) {
        long centre = fixtures.centre(street, name);
        fixtures.days(fixtures.room(centre, "活动室"), centre, TO, 10, booked, booked / 2, 3, 0, noShows);
    }

    private static java.util.List<String> names(com.vaadin.flow.component.grid.GridTester<?, ?> grid) {
        return java.util.stream.IntStream.range(0, grid.size()).mapToObj(i -> grid.getCellText(i, 0)).toList();
    }
}
