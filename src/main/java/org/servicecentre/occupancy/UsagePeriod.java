package org.servicecentre.occupancy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

import org.servicecentre.shared.DomainException;

/**
 * Dates from {@code from} to {@code to}, both included, read in each centre's own zone. At most 400 days, so a year
 * (and a little) fits and nobody asks for a decade by mistake.
 */
public record UsagePeriod(LocalDate from, LocalDate to) {

    public static final int MAX_DAYS = 400;

    public UsagePeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new DomainException("USAGE_PERIOD_REVERSED");
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
            throw new DomainException("USAGE_PERIOD_TOO_LONG", MAX_DAYS);
        }
    }

    public static UsagePeriod month(YearMonth month) {
        return new UsagePeriod(month.atDay(1), month.atEndOfMonth());
    }

    /** The calendar quarter (1–4) of a year. */
    public static UsagePeriod quarter(int year, int quarter) {
        var first = YearMonth.of(year, (quarter - 1) * 3 + 1);
        return new UsagePeriod(first.atDay(1), first.plusMonths(2).atEndOfMonth());
    }

    /** The {@code days} days up to and including {@code last}. */
    public static UsagePeriod lastDays(LocalDate last, int days) {
        return new UsagePeriod(last.minusDays(days - 1L), last);
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }

    /** The period of the same length just before this one (for "compared with the previous period"). */
    public UsagePeriod previous() {
        return new UsagePeriod(from.minusDays(days()), from.minusDays(1));
    }
}
