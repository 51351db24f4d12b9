package org.servicecentre.occupancy.ui;

import java.time.LocalDate;
import java.time.YearMonth;
import org.servicecentre.occupancy.UsagePeriod;

/** The periods a report is usually for, and a custom range. */
enum ReportPeriodChoice {
    THIS_MONTH, LAST_MONTH, LAST_QUARTER, CUSTOM;

    String key() {
        return "report.view.period." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** The period on {@code today}, or null for a custom range (the dates say it). */
    UsagePeriod on(LocalDate today) {
        return switch (this) {
            case THIS_MONTH -> new UsagePeriod(today.withDayOfMonth(1), today);
            case LAST_MONTH -> UsagePeriod.month(YearMonth.from(today).minusMonths(1));
            case LAST_QUARTER -> {
                int quarter = (today.getMonthValue() - 1) / 3; // 0-based current quarter
                yield quarter == 0 ? UsagePeriod.quarter(today.getYear() - 1, 4)
                        : UsagePeriod.quarter(today.getYear(), quarter);
            }
            case CUSTOM -> null;
        };
    }
}
