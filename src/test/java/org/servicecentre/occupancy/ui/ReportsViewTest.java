package org.servicecentre.occupancy.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.servicecentre.ServiceCentreTest;
import org.servicecentre.occupancy.ReportSubject;
import org.servicecentre.occupancy.UsageLevel;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

@ServiceCentreTest
class ReportsViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithUserDetails("manager")
    void offersAManagerTheirOwnCentresAndLastMonth() {
        navigate(ReportsView.class);

        @SuppressWarnings("unchecked")
        ComboBox<ReportSubject> subject = $(ComboBox.class).id("report-subject");
        var centres = subject.getListDataView().getItems().filter(s -> s.subject().level() == UsageLevel.CENTRE)
                .map(ReportSubject::name).toList();
        assertThat(centres).containsExactlyInAnyOrder("科技园社区党群服务中心", "高新区社区党群服务中心");
        assertThat(subject.getListDataView().getItems()).noneMatch(s -> s.subject().level() == UsageLevel.REGION);
        assertThat($(Select.class).id("report-period").getValue()).isEqualTo(ReportPeriodChoice.LAST_MONTH);
        assertThat($(DatePicker.class).all()).isEmpty();
    }

    @Test
    @WithUserDetails("manager")
    void aReversedPeriodIsRefusedWithAClearMessageAndNothingLost() {
        navigate(ReportsView.class);
        @SuppressWarnings("unchecked")
        ComboBox<ReportSubject> subject = $(ComboBox.class).id("report-subject");
        var first = subject.getListDataView().getItems().findFirst().orElseThrow();
        test(subject).selectItem(subject.getItemLabelGenerator().apply(first));
        test($(Select.class).id("report-period")).selectItem("自定义");
        var from = $(DatePicker.class).id("report-from");
        var to = $(DatePicker.class).id("report-to");
        from.setValue(LocalDate.of(2026, 10, 31));
        to.setValue(LocalDate.of(2026, 10, 1));

        test($(Button.class).id("report-generate")).click();

        assertThat(to.isInvalid()).isTrue();
        assertThat(to.getErrorMessage()).isEqualTo("结束日期早于开始日期。");
        assertThat(from.getValue()).isEqualTo(LocalDate.of(2026, 10, 31));
        assertThat(subject.getValue()).isEqualTo(first);
        assertThat($(Button.class).id("report-generate").isEnabled()).isTrue();
    }

    @Test
    @WithUserDetails("manager")
    void theMonthlyMailsLinkPresetsCentreAndMonth() {
        long centre = jdbc.queryForObject("select id from centre where name = '高新区社区党群服务中心'", Long.class);

        navigate(ReportsView.class);
        UI.getCurrent().navigate(ReportsView.class, QueryParameters.simple(Map.of("centre", Long.toString(centre),
                "month", "2026-09")));

        @SuppressWarnings("unchecked")
        ComboBox<ReportSubject> subject = $(ComboBox.class).id("report-subject");
        assertThat(subject.getValue().subject().id()).isEqualTo(centre);
        assertThat($(Select.class).id("report-period").getValue()).isEqualTo(ReportPeriodChoice.CUSTOM);
        assertThat($(DatePicker.class).id("report-from").getValue()).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat($(DatePicker.class).id("report-to").getValue()).isEqualTo(LocalDate.of(2026, 9, 30));
    }

    @Test
    @WithUserDetails("manager")
    void generatingShowsTheFiguresAndOffersTheThreeDownloads() throws InterruptedException {
        navigate(ReportsView.class);

        test($(Button.class).id("report-generate")).click();
        for (int i = 0; i < 600 && $(ReportPreview.class).all().isEmpty(); i++) {
            Thread.sleep(200);
            roundTrip();
        }

        assertThat($(ReportPreview.class).all()).hasSize(1);
        assertThat($(Anchor.class).all()).extracting(Anchor::getId).extracting(java.util.Optional::orElseThrow)
                .contains("report-download-pdf", "report-download-xlsx", "report-download-zip");
        assertThat($(Span.class).withClassName("report-tile-name").all()).extracting(Span::getText)
                .contains("场地使用率", "参加人次", "满意度指数");
        assertThat($(Button.class).id("report-generate").isEnabled()).isTrue();
    }

    @Test
    @WithUserDetails("officer")
    void anOfficerMayReportOnTheirRegion() {
        navigate(ReportsView.class);

        @SuppressWarnings("unchecked")
        ComboBox<ReportSubject> subject = $(ComboBox.class).id("report-subject");
        assertThat(subject.getListDataView().getItems().map(ReportSubject::name)).contains("南山区");
    }
}
