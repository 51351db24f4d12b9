package org.servicecentre.centre.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.servicecentre.centre.TimeRange;

/** An opening range of one day as local times "HH:mm"; the end may be "24:00". */
record TimeRangeJson(
        @NotNull @Pattern(regexp = "([01][0-9]|2[0-3]):[0-5][0-9]") @Schema(example = "08:30") String start,
        @NotNull @Pattern(regexp = "([01][0-9]|2[0-3]):[0-5][0-9]|24:00") @Schema(example = "12:00") String end) {

    static TimeRangeJson of(TimeRange range) {
        return new TimeRangeJson(range.startText(), range.endText());
    }

    TimeRange toRange() {
        return TimeRange.parse(start, end);
    }
}
