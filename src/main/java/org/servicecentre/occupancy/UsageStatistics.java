package org.servicecentre.occupancy;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How rooms were used over a period, for a room, centre, alliance or region: utilisation, bookings nobody came to,
 * trends, a weekday × hour heatmap and breakdowns. Read from the daily usage rollup, which is kept in step with
 * bookings, check-ins, hours and closures; the caller's scope is checked for every subject.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class UsageStatistics {

    private final UsageSubjects subjects;
    private final UsageRollupReader rollup;

    UsageStatistics(UsageSubjects subjects, UsageRollupReader rollup) {
        this.subjects = subjects;
        this.rollup = rollup;
    }

    /** The subject's name (a room as "centre · room"). */
    public String name(UsageSubject subject) {
        subjects.check(subject);
        return subjects.name(subject);
    }

    /** The subject's figures over the period. */
    public UsageFigures figures(UsageSubject subject, UsagePeriod period) {
        subjects.check(subject);
        return rollup.total(subject, period);
    }

    /** The subject's figures bucket by bucket (every bucket of the period, empty ones included). */
    public List<UsagePoint> trend(UsageSubject subject, UsagePeriod period, Granularity granularity) {
        subjects.check(subject);
        return rollup.trend(subject, period, granularity);
    }

    /**
     * The subject's parts with their figures: a region's or alliance's centres (all centres below a region, for
     * comparing them side by side), a centre's rooms, or the room itself.
     */
    public List<UsageRow> breakdown(UsageSubject subject, UsagePeriod period) {
        subjects.check(subject);
        return rollup.breakdown(subject, period);
    }

    /** The subject's parts (as {@link #breakdown}) each with its trend, e.g. a region's centres month by month. */
    public List<UsageSeries> breakdownTrend(UsageSubject subject, UsagePeriod period, Granularity granularity) {
        subjects.check(subject);
        return rollup.breakdownTrend(subject, period, granularity);
    }

    /** Open and booked minutes by weekday and hour over the period. */
    public UsageHeatmap heatmap(UsageSubject subject, UsagePeriod period) {
        subjects.check(subject);
        return rollup.heatmap(subject, period);
    }
}
