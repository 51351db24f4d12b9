package org.servicecentre.centre;

import java.time.DayOfWeek;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** A centre's usual week: for each weekday its opening ranges in order; a day without ranges is closed. */
public record WeeklyHours(Map<DayOfWeek, List<TimeRange>> days) {

    public WeeklyHours {
        var copy = new EnumMap<DayOfWeek, List<TimeRange>>(DayOfWeek.class);
        for (var day : DayOfWeek.values()) {
            var ranges = days == null ? null : days.get(day);
            copy.put(day, ranges == null ? List.of() : ranges.stream().sorted().toList());
        }
        days = Map.copyOf(copy);
    }

    public static WeeklyHours closed() {
        return new WeeklyHours(Map.of());
    }

    public List<TimeRange> on(DayOfWeek day) {
        return days.get(day);
    }

    /** The first day whose ranges overlap, or null when none do. */
    public DayOfWeek firstOverlappingDay() {
        for (var day : DayOfWeek.values()) {
            if (TimeRange.anyOverlap(on(day))) {
                return day;
            }
        }
        return null;
    }
}
