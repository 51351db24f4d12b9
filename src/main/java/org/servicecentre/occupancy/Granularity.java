package org.servicecentre.occupancy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** How a trend is bucketed: by day, by ISO week (from Monday) or by calendar month. */
public enum Granularity {
    DAY, WEEK, MONTH;

    /** The first day of the bucket {@code date} falls in. */
    public LocalDate bucketOf(LocalDate date) {
        return switch (this) {
            case DAY -> date;
            case WEEK -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> date.withDayOfMonth(1);
        };
    }
}
