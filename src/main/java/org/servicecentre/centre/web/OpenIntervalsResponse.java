package org.servicecentre.centre.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.servicecentre.centre.OpenInterval;

/** The open intervals of a room between two dates, as instants and as local times in the centre's zone. */
record OpenIntervalsResponse(long roomId, @Schema(example = "Asia/Shanghai") String timeZone, LocalDate from,
                             LocalDate to, List<IntervalJson> intervals) {

    static OpenIntervalsResponse of(long roomId, ZoneId zone, LocalDate from, LocalDate to, List<OpenInterval> found) {
        return new OpenIntervalsResponse(roomId, zone.getId(), from, to, found.stream()
                .map(i -> new IntervalJson(i.start(), i.end(), LocalDateTime.ofInstant(i.start(), zone),
                        LocalDateTime.ofInstant(i.end(), zone))).toList());
    }

    /** Open from start (inclusive) to end (exclusive). */
    record IntervalJson(Instant start, Instant end, LocalDateTime localStart, LocalDateTime localEnd) {
    }
}
