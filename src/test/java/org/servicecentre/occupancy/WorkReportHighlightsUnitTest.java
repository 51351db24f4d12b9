package org.servicecentre.occupancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WorkReportHighlightsUnitTest {

    private static AttendanceShare share(String key, String name, int attendances) {
        return new AttendanceShare(key, name, 1, attendances, attendances);
    }

    @Test
    void theLargestProgrammesAreTheMostAttendedThreeWithAnybodyAtAll() {
        var highlights = WorkReports.largest(List.of(share("1", "甲", 5), share("2", "乙", 40), share("3", "丙", 0),
                share("4", "丁", 12), share("5", "戊", 7)));

        assertThat(highlights).extracting(h -> h.args().getFirst()).containsExactly("乙", "丁", "戊");
        assertThat(highlights.getFirst().args()).containsExactly("乙", 40, 1);
    }

    @Test
    void growthIsTheLargestGainOverAPreviousPeriodThatHadSome() {
        var now = List.of(share("1", "甲", 30), share("2", "乙", 50), share("3", "新项目", 90));
        var before = List.of(share("1", "甲", 10), share("2", "乙", 45));

        var growth = WorkReports.growth(now, before, "report.highlight.growth", AttendanceShare::name);

        assertThat(growth).hasValueSatisfying(h -> assertThat(h.args()).containsExactly("甲", 10, 30));
    }

    @Test
    void noGrowthWithoutAnyGain() {
        var now = List.of(share("1", "甲", 10));

        assertThat(WorkReports.growth(now, List.of(share("1", "甲", 12)), "report.highlight.growth",
                AttendanceShare::name)).isEmpty();
        assertThat(WorkReports.growth(now, List.of(), "report.highlight.growth", AttendanceShare::name)).isEmpty();
    }
}
