package org.servicecentre.occupancy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.servicecentre.occupancy.WorkReport.Headline;
import org.servicecentre.occupancy.WorkReport.Highlight;
import org.servicecentre.occupancy.WorkReport.Measure;

/** A work report built by hand, with figures easy to check, for the renderers' tests. */
final class WorkReportSamples {

    static final LocalDate FROM = LocalDate.of(2026, 10, 1);
    static final LocalDate TO = LocalDate.of(2026, 10, 31);

    private WorkReportSamples() {
    }

    static WorkReport october() {
        var period = new UsagePeriod(FROM, TO);
        // 9,300 open minutes, 3,720 booked (40.0 %), 2,790 attended (30.0 %); before 3,255 booked (35.0 %)
        var figures = new UsageFigures(9300, 3720, 2790, 20, 2, 1, 3);
        var headlines = List.of(
                new Headline(Measure.UTILISATION, figures.utilisation(), 0.35),
                new Headline(Measure.ATTENDED_UTILISATION, figures.attendedUtilisation(), 0.30),
                new Headline(Measure.SESSIONS, 12.0, 10.0),
                new Headline(Measure.ATTENDANCES, 345.0, 300.0),
                new Headline(Measure.WALK_INS, 57.0, 60.0),
                new Headline(Measure.DISTINCT_RESIDENTS, 123.0, 100.0),
                new Headline(Measure.NEW_RESIDENTS, 45.0, 40.0),
                new Headline(Measure.RETURNING_RESIDENTS, 78.0, 60.0),
                new Headline(Measure.SATISFACTION, 88.0, 84.0),
                new Headline(Measure.NO_SHOW_RATE, figures.noShowRate(), 0.2),
                new Headline(Measure.RELEASE_RATE, figures.releaseRate(), 0.05));
        var programmes = List.of(new AttendanceShare("7", "长者智能手机课堂", 6, 150, 140),
                new AttendanceShare("8", "四点半课堂", 4, 120, 110), new AttendanceShare("9", "亲子阅读会", 2, 100, 95));
        var groups = List.of(new AttendanceShare("ELDERLY", "老年人", 6, 150, 140),
                new AttendanceShare("CHILDREN", "儿童", 6, 220, 205));
        var highlights = List.of(
                new Highlight("report.highlight.largest", List.of("长者智能手机课堂", 140, 6)),
                new Highlight("report.highlight.growth", List.of("四点半课堂", 60, 110)),
                new Highlight("report.highlight.growth-group", List.of(org.servicecentre.programme.TargetGroup.CHILDREN, 150, 205)),
                new Highlight("report.highlight.partner", List.of("启明社工服务中心", LocalDate.of(2026, 10, 9), 2)),
                new Highlight("report.highlight.best-rated", List.of("亲子阅读会", "启明社工服务中心", 4.8, 25)));
        var rooms = List.of(new UsageRow(UsageSubject.room(1), "多功能厅", "报告测试中心", 1,
                        new UsageFigures(4650, 2325, 1860, 12, 1, 1, 2)),
                new UsageRow(UsageSubject.room(2), "阅览室", "报告测试中心", 1, new UsageFigures(4650, 1395, 930, 8, 1, 0, 1)));
        var weeks = List.of(LocalDate.of(2026, 9, 28), LocalDate.of(2026, 10, 5), LocalDate.of(2026, 10, 12),
                LocalDate.of(2026, 10, 19), LocalDate.of(2026, 10, 26));
        var usageTrend = weeks.stream().map(w -> new UsagePoint(w, new UsageFigures(1860, 300 + w.getDayOfMonth() * 20L,
                200 + w.getDayOfMonth() * 12L, 4, 0, 0, 0))).toList();
        var peopleTrend = weeks.stream().map(w -> new PeoplePoint(w, new PeopleFigures(2, 30, 25, 10, 20, 5, 15),
                new SatisfactionFigures(10, 4.4, new int[] {0, 0, 1, 4, 5}))).toList();
        var best = List.of(new RatedSession(5, "亲子阅读会", "启明社工服务中心", "报告测试中心",
                Instant.parse("2026-10-10T02:00:00Z"), 25, 4.8));
        return new WorkReport(UsageSubject.centre(99), "报告测试中心", period, Granularity.WEEK, headlines, highlights,
                groups, List.of(new AttendanceShare("3", "文化活动", 8, 250, 235)),
                List.of(new AttendanceShare("4", "启明社工服务中心", 12, 370, 345)), programmes, rooms, usageTrend,
                peopleTrend, best, LocalDate.of(2026, 11, 24), Instant.parse("2026-11-24T02:00:00Z"));
    }
}
