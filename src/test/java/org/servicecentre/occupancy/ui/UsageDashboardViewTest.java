package org.servicecentre.occupancy.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.servicecentre.booking.BookingFixtures;
import org.servicecentre.centre.CentreService;
import org.servicecentre.security.SystemAuthentication;
import org.servicecentre.ServiceCentreTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@ServiceCentreTest
class UsageDashboardViewTest extends SpringBrowserlessTest {

    /** Ten settled days well in the past, and the ten before them. */
    static final LocalDate TO = LocalDate.now(BookingFixtures.SHANGHAI).minusDays(31);
    static final LocalDate FROM = TO.minusDays(9);

    @Autowired
    DashboardFixtures fixtures;

    @Autowired
    CentreService centres;

    @Test
    @WithUserDetails("admin")
    void showsACentresFiguresAgainstThePreviousPeriodFromTheLink() {
        long street = fixtures.street();
        long centre = fixtures.centre(street, "看板测试中心甲");
        long room = fixtures.room(centre, "多功能厅");
        fixtures.days(room, centre, TO, 10, 300, 240, 2, 0, 1);
        fixtures.days(room, centre, FROM.minusDays(1), 10, 180, 120, 2, 1, 0);

        open("centre", centre);

        assertThat($(H2.class).id("usage-heading").getText()).isEqualTo("看板测试中心甲");
        assertThat($(KpiCard.class).id("kpi-utilisation").valueText()).isEqualTo("50%");
        assertThat($(KpiCard.class).id("kpi-utilisation").changeText()).isEqualTo("较上期 ▲20个百分点");
        assertThat($(KpiCard.class).id("kpi-attended").valueText()).isEqualTo("40%");
        assertThat($(KpiCard.class).id("kpi-no-show").valueText()).isEqualTo("50%");
        assertThat($(Div.class).withId("usage-empty").exists()).as("empty state shown").isFalse();
        var rooms = test($(Grid.class).id("usage-breakdown"));
        assertThat(rooms.size()).isEqualTo(1);
        assertThat(rooms.getCellText(0, 0)).isEqualTo("多功能厅");
    }

    @Test
    @WithUserDetails("admin")
    void listsTheCentresOfARegionBusiestFirst() {
        long street = fixtures.street();
        long quiet = fixtures.centre(street, "看板测试安静中心");
        long busy = fixtures.centre(street, "看板测试繁忙中心");
        fixtures.days(fixtures.room(quiet, "活动室"), quiet, TO, 10, 60, 60, 1, 0, 0);
        fixtures.days(fixtures.room(busy, "活动室"), busy, TO, 10, 480, 420, 3, 0, 0);

        open("region", street);

        var centresShown = test($(Grid.class).id("usage-breakdown"));
        assertThat(centresShown.size()).isEqualTo(2);
        assertThat(centresShown.getCellText(0, 0)).isEqualTo("看板测试繁忙中心");
        assertThat(centresShown.getCellText(1, 0)).isEqualTo("看板测试安静中心");
        assertThat($(KpiCard.class).id("kpi-utilisation").valueText()).isEqualTo("45%");
    }

    @Test
    @WithUserDetails("admin")
    void saysWhatToDoWhenThePeriodHasNoPastBookings() {
        long centre = fixtures.centre(fixtures.street(), "看板测试空中心");
        fixtures.room(centre, "空活动室");

        open("centre", centre);

        var empty = $(Div.class).id("usage-empty");
        assertThat(empty.isVisible()).isTrue();
        assertThat($(Paragraph.class, empty).first().getText()).isEqualTo("该时段内没有已结束的预约。");
        assertThat($(KpiCards.class).withId("usage-kpis").exists()).as("figures shown").isFalse();
    }

    @Test
    @WithUserDetails("manager")
    void offersAManagerOnlyTheirOwnCentres() {
        long others = fixtures.centre(fixtures.street(), "看板测试别人的中心");

        navigate(UsageDashboardView.class);

        @SuppressWarnings("unchecked")
        ComboBox<SubjectChoice> subject = $(ComboBox.class).id("usage-subject");
        var offered = subject.getLazyDataView().getItems().map(c -> c.subject().id()).toList();
        var theirs = SystemAuthentication.asSystem(() -> java.util.List.of(centres.getByCode("KJY").id(),
                centres.getByCode("GXQ").id()));
        assertThat(offered).containsExactlyInAnyOrderElementsOf(theirs).doesNotContain(others);
        assertThat(subject.getValue().subject().id()).isIn(theirs);
    }

    @Test
    @WithUserDetails("manager")
    void refusesAManagerALinkToAnotherCentrePolitely() {
        long others = fixtures.centre(fixtures.street(), "看板测试别人的中心");

        open("centre", others);

        var refused = $(Paragraph.class).id("usage-refused");
        assertThat(refused.isVisible()).isTrue();
        assertThat(refused.getText()).contains("无权查看");
        assertThat($(H2.class).id("usage-heading").getText()).isNotEqualTo("看板测试别人的中心");
    }

    /** Opens the dashboard as a link with query parameters would. */
    static void open(String level, long id) {
        open("occupancy", level, id);
    }

    static void open(String route, String level, long id) {
        UI.getCurrent().navigate(route, QueryParameters.simple(java.util.Map.of(level, Long.toString(id),
                "from", FROM.toString(), "to", TO.toString())));
    }
}
