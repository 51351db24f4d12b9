package org.servicecentre.occupancy;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads {@code room_day_usage} for the statistics; no scope checks here (callers check). */
@Component
class UsageRollupReader {

    private final JdbcTemplate jdbc;

    UsageRollupReader(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    UsageFigures total(List<Long> rooms, UsagePeriod period) {
        throw new UnsupportedOperationException("core in progress");
    }

    List<UsagePoint> trend(List<Long> rooms, UsagePeriod period, Granularity granularity) {
        throw new UnsupportedOperationException("core in progress");
    }

    List<UsageRow> breakdown(UsageSubject subject, List<Long> centres, UsagePeriod period) {
        throw new UnsupportedOperationException("core in progress");
    }

    List<UsageSeries> breakdownTrend(UsageSubject subject, List<Long> centres, UsagePeriod period,
                                     Granularity granularity) {
        throw new UnsupportedOperationException("core in progress");
    }

    UsageHeatmap heatmap(List<Long> rooms, UsagePeriod period) {
        throw new UnsupportedOperationException("core in progress");
    }
}
