package org.servicecentre.centre.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.servicecentre.centre.HoursExceptionSummary;
import org.servicecentre.centre.WeeklyHours;

/** A centre's usual week (Monday first, every day listed) and its coming special hours, in the centre's zone. */
record HoursResponse(long centreId, @Schema(example = "Asia/Shanghai") String timeZone, List<WeekdayHoursJson> week,
                     List<ExceptionJson> exceptions) {

    static HoursResponse of(long centreId, String zone, WeeklyHours week, List<HoursExceptionSummary> exceptions) {
        return new HoursResponse(centreId, zone, Arrays.stream(DayOfWeek.values())
                .map(d -> new WeekdayHoursJson(d, week.on(d).stream().map(TimeRangeJson::of).toList())).toList(),
                exceptions.stream().map(ExceptionJson::of).toList());
    }

    /** On this date the centre keeps these ranges instead of its usual week. */
    record ExceptionJson(long id, LocalDate date, List<TimeRangeJson> ranges, String reason) {

        static ExceptionJson of(HoursExceptionSummary e) {
            return new ExceptionJson(e.id(), e.date(), e.ranges().stream().map(TimeRangeJson::of).toList(), e.reason());
        }
    }
}
