package org.servicecentre.occupancy.city;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Map;
import java.util.Set;

/**
 * Opening hours of the synthetic city: three weekly templates (minutes after midnight), public holidays closed
 * (Spring Festival, National Day: a {@code closure} of every centre) or on short hours (other holidays: an
 * {@code hours_exception} of 09:00-12:00), and how busy a day is.
 */
final class CityCalendar {

    /** Weekly templates: per ISO day (index 1-7) the open ranges as {start, end} pairs; none = closed. */
    static final int[][][][] TEMPLATES = {
        // 0: every day, long hours on weekdays
        {null, {{540, 1260}}, {{540, 1260}}, {{540, 1260}}, {{540, 1260}}, {{540, 1260}}, {{540, 1020}}, {{540, 1020}}},
        // 1: closed on Mondays
        {null, {}, {{510, 1230}}, {{510, 1230}}, {{510, 1230}}, {{510, 1230}}, {{510, 1230}}, {{510, 1110}}},
        // 2: a lunch break every day
        {null, {{540, 720}, {840, 1260}}, {{540, 720}, {840, 1260}}, {{540, 720}, {840, 1260}},
            {{540, 720}, {840, 1260}}, {{540, 720}, {840, 1260}}, {{540, 720}, {840, 1080}}, {{540, 720}, {840, 1080}}},
    };
    static final int[][] SHORT_DAY = {{540, 720}};

    /** Closed (a closure of every centre), by year; fixed dates for other years. */
    private static final Map<Integer, Set<LocalDate>> CLOSED = Map.of(2026, Set.of(
            LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 16), LocalDate.of(2026, 2, 17), LocalDate.of(2026, 2, 18),
            LocalDate.of(2026, 2, 19), LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 2),
            LocalDate.of(2026, 10, 3)));
    private static final Map<Integer, Set<LocalDate>> SHORT = Map.of(2026, Set.of(
            LocalDate.of(2026, 1, 2), LocalDate.of(2026, 2, 20), LocalDate.of(2026, 4, 5), LocalDate.of(2026, 5, 1),
            LocalDate.of(2026, 5, 2), LocalDate.of(2026, 6, 19), LocalDate.of(2026, 9, 25), LocalDate.of(2026, 10, 4),
            LocalDate.of(2026, 10, 5)));
    private static final Set<MonthDay> FIXED_CLOSED = Set.of(MonthDay.of(1, 1), MonthDay.of(10, 1),
            MonthDay.of(10, 2), MonthDay.of(10, 3));
    private static final Set<MonthDay> FIXED_SHORT = Set.of(MonthDay.of(5, 1), MonthDay.of(5, 2));

    private CityCalendar() {
    }

    static boolean holidayClosed(LocalDate day) {
        var known = CLOSED.get(day.getYear());
        return known != null ? known.contains(day) : FIXED_CLOSED.contains(MonthDay.from(day));
    }

    static boolean shortDay(LocalDate day) {
        var known = SHORT.get(day.getYear());
        return known != null ? known.contains(day) : FIXED_SHORT.contains(MonthDay.from(day));
    }

    static int template(int centreIndex) {
        return centreIndex % 7 == 3 ? 1 : centreIndex % 5 == 2 ? 2 : 0;
    }

    /** The open ranges of a centre on a day (empty when closed); room closures are the caller's. */
    static int[][] openRanges(int template, LocalDate day) {
        if (holidayClosed(day)) {
            return new int[0][];
        }
        if (shortDay(day)) {
            return SHORT_DAY;
        }
        return TEMPLATES[template][day.getDayOfWeek().getValue()];
    }

    /** How busy a day is compared with an ordinary weekday: weekends quieter, summer holidays and December busier. */
    static double dayWeight(LocalDate day) {
        double weekday = switch (day.getDayOfWeek()) {
            case SATURDAY -> 0.75;
            case SUNDAY -> 0.55;
            case FRIDAY -> 0.9;
            default -> 1.0;
        };
        double season = switch (day.getMonth()) {
            case JULY, AUGUST -> 1.2;
            case FEBRUARY -> 0.7;
            case DECEMBER -> 1.1;
            default -> 1.0;
        };
        return weekday * season * (shortDay(day) ? 0.35 : 1.0);
    }

    /** How likely a booking starts in a given hour: afternoons busiest, then evenings, mornings quieter. */
    static double hourWeight(int minute, DayOfWeek dayOfWeek) {
        int hour = minute / 60;
        boolean weekend = dayOfWeek.getValue() >= 6;
        if (hour < 12) {
            return weekend ? 1.2 : 0.6;
        }
        if (hour < 18) {
            return weekend ? 1.0 : 1.6;
        }
        return weekend ? 0.5 : 1.0;
    }
}
