package org.servicecentre.centre.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.DayOfWeek;
import java.util.List;

/** The opening ranges of one weekday; no ranges: closed that day. */
record WeekdayHoursJson(@NotNull DayOfWeek day, @NotNull List<@Valid @NotNull TimeRangeJson> ranges) {
}
