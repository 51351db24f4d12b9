package org.servicecentre.occupancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.servicecentre.ServiceCentreTest;
import org.servicecentre.booking.BookingStartFixtures;
import org.servicecentre.security.Role;
import org.servicecentre.security.SystemAuthentication;
import org.servicecentre.shared.Languages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Work reports over the hand-computed week of {@link UsageScenario} (a fresh centre, the week of 12 October 2026):
 * open 3,060 min, booked 900 (29.4 %), attended 840 (27.5 %), 8 held bookings of which 1 released (12.5 %) and 3
 * more nobody came to (no-show 4 of 8 = 50.0 %); three sessions of 启航's programme, its first ever there.
 */
@ServiceCentreTest
class WorkReportsIntegrationTest {

    @Autowired
    UsageScenario scenario;
    @Autowired
    UsageRollup rollup;
    @Autowired
    ReportQueries queries;
    @Autowired
    WorkReports reports;
    @Autowired
    WorkReportFiles files;
    @Autowired
    MonthlyReports monthly;
    @Autowired
    BookingStartFixtures starts;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anOrganisationIsANewPartnerInThePeriodOfItsFirstSessionThereOnly() {
        var built = scenario.build();
        var centre = UsageSubject.centre(built.centreId());

        var inTheWeek = queries.newPartners(centre, List.of(built.centreId()), UsageScenario.WEEK);
        var weekAfter = queries.newPartners(centre, List.of(built.centreId()),
                new UsagePeriod(UsageScenario.MONDAY.plusDays(7), UsageScenario.MONDAY.plusDays(13)));

        assertThat(inTheWeek).singleElement().satisfies(partner -> {
            assertThat(partner.name()).isEqualTo(jdbc.queryForObject(
                    "select name from organisation where code = 'QIHANG'", String.class));
            assertThat(partner.firstSession()).isEqualTo(UsageScenario.MONDAY);
            assertThat(partner.sessions()).isEqualTo(3);
        });
        assertThat(weekAfter).isEmpty();
    }

    @Test
    void theReportOfAHandComputedWeekHasTheRightFigures() throws IOException {
        var built = scenario.build();
        rollup.catchUp(UsageScenario.AFTER);

        var report = SystemAuthentication.asSystem(() -> reports.compile(UsageSubject.centre(built.centreId()),
                UsageScenario.WEEK));

        assertThat(report.headline(WorkReport.Measure.UTILISATION).value()).isEqualTo(900.0 / 3060);
        assertThat(report.headline(WorkReport.Measure.ATTENDED_UTILISATION).value()).isEqualTo(840.0 / 3060);
        assertThat(report.headline(WorkReport.Measure.NO_SHOW_RATE).value()).isEqualTo(0.5);
        assertThat(report.headline(WorkReport.Measure.RELEASE_RATE).value()).isEqualTo(0.125);
        assertThat(report.headline(WorkReport.Measure.SESSIONS).value()).isEqualTo(3.0);
        assertThat(report.headline(WorkReport.Measure.ATTENDANCES).value()).isEqualTo(2.0);
        assertThat(report.highlights()).extracting(WorkReport.Highlight::key).contains("report.highlight.partner");
        byte[] pdf = files.write(report, WorkReportFiles.Format.PDF, Languages.CHINESE);
        java.nio.file.Files.write(java.nio.file.Path.of("target", "work-report-week.pdf"), pdf);
        String text = WorkReportRenderingTest.text(pdf);
        assertThat(text).contains("工作报告", "主要数据", "亮点", report.subjectName(), "场地使用率", "29.4%",
                "实际到场使用率", "27.5%", "爽约率", "50.0%", "释放率", "12.5%", "2026年10月12日 至 2026年10月18日",
                "2026年10月12日首次在此开展活动，本期共 3 场", "多功能厅", "活动室");
    }

    @Test
    void monthlyReportsReachEachManagerOnceHoweverOftenTheJobRuns() {
        var built = scenario.build();
        rollup.catchUp(UsageScenario.AFTER);
        var manager = starts.userId(starts.account(Role.CENTRE_MANAGER, "报告测试管理员", null,
                Set.of(built.centreId())));
        var firstOfNovember = LocalDate.of(2026, 11, 1).atTime(8, 0).atZone(WorkReports.ZONE).toInstant();
        String key = "monthly-report:" + built.centreId() + ":2026-10:account:" + manager;

        var first = monthly.send(firstOfNovember);
        monthly.send(firstOfNovember.plusSeconds(3600));

        assertThat(first.month()).hasToString("2026-10");
        assertThat(jdbc.queryForObject("select count(*) from notification where dedupe_key = ? and channel = 'INBOX'",
                Integer.class, key)).isEqualTo(1);
        var row = jdbc.queryForMap("select subject, body_text, link, essential from notification where dedupe_key = ?"
                + " and channel = 'INBOX'", key);
        assertThat(row.get("subject").toString()).contains(jdbc.queryForObject("select name from centre where id = ?", String.class, built.centreId()), "2026年10月工作报告");
        assertThat(row.get("body_text").toString()).contains("主要数据", "场地使用率", "亮点");
        assertThat(row.get("link")).isEqualTo("/reports?centre=" + built.centreId() + "&month=2026-10");
        assertThat(row.get("essential")).isEqualTo(false);
    }
}
