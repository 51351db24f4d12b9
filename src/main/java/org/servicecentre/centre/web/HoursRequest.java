package org.servicecentre.centre.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import org.servicecentre.centre.TimeRange;
import org.servicecentre.centre.WeeklyHours;

/** A centre's new usual week; weekdays left out are closed. */
record HoursRequest(@NotNull List<@Valid @NotNull WeekdayHoursJson> week) {

    WeeklyHours toWeek() {
        var days = new EnumMap<DayOfWeek, List<TimeRange>>(DayOfWeek.class);
        week.forEach(d -> d.ranges().forEach(r -> days.computeIfAbsent(d.day(), x -> new ArrayList<>()).add(r.toRange())));
        return new WeeklyHours(days);
    }
}
