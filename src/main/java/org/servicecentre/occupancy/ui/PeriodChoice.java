package org.servicecentre.occupancy.ui;

import java.time.LocalDate;
import java.time.YearMonth;
import org.servicecentre.occupancy.UsagePeriod;

/** The periods a dashboard offers, all ending at the latest yesterday (today belongs to the live view). */
enum PeriodChoice {
    LAST_30_DAYS, LAST_90_DAYS, THIS_MONTH, LAST_MONTH, LAST_QUARTER, THIS_YEAR, CUSTOM;

    /** The period this choice means when the last settled day is {@code yesterday}; null for {@link #CUSTOM}. */
    UsagePeriod period(LocalDate yesterday) {
        var today = yesterday.plusDays(1);
        return switch (this) {
            case LAST_30_DAYS -> UsagePeriod.lastDays(yesterday, 30);
            case LAST_90_DAYS -> UsagePeriod.lastDays(yesterday, 90);
            case THIS_MONTH -> upToYesterday(today.withDayOfMonth(1), yesterday);
            case LAST_MONTH -> UsagePeriod.month(YearMonth.from(today).minusMonths(1));
            case LAST_QUARTER -> {
                int quarter = (today.getMonthValue() - 1) / 3 + 1;
                yield quarter == 1 ? UsagePeriod.quarter(today.getYear() - 1, 4)
                        : UsagePeriod.quarter(today.getYear(), quarter - 1);
            }
            case THIS_YEAR -> upToYesterday(today.withDayOfYear(1), yesterday);
            case CUSTOM -> null;
        };
    }

    /** The preset whose period this is, or {@link #CUSTOM}. */
    static PeriodChoice of(UsagePeriod period, LocalDate yesterday) {
        for (var choice : values()) {
            if (choice != CUSTOM && period.equals(choice.period(yesterday))) {
                return choice;
            }
        }
        return CUSTOM;
    }

    /** From {@code first} to yesterday; on the first day itself (nothing settled yet) just that day. */
    private static UsagePeriod upToYesterday(LocalDate first, LocalDate yesterday) {
        return new UsagePeriod(first, yesterday.isBefore(first) ? first : yesterday);
    }
}
