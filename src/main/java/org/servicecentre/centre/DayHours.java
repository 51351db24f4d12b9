package org.servicecentre.centre;

import java.time.LocalDate;
import java.util.List;

/**
 * What a centre keeps on one date: its ranges (none: closed) and why, when the day differs from the usual week.
 * {@code reason} is the exception's reason for {@link Kind#SPECIAL} and the closure's for {@link Kind#CLOSURE}.
 */
public record DayHours(LocalDate date, Kind kind, List<TimeRange> ranges, String reason) {

    public enum Kind { REGULAR, SPECIAL, CLOSURE }

    public DayHours {
        ranges = List.copyOf(ranges);
    }

    public boolean open() {
        return !ranges.isEmpty();
    }
}
