package org.servicecentre.centre;

import java.time.LocalDate;
import java.util.List;

/** On this date the centre keeps these hours instead of its usual week, for this reason. */
public record HoursExceptionSummary(long id, long centreId, LocalDate date, List<TimeRange> ranges, String reason) {

    public HoursExceptionSummary {
        ranges = ranges.stream().sorted().toList();
    }
}
