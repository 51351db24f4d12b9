package org.servicecentre.booking.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.servicecentre.booking.BookingRules;

/** A centre's booking rules, binding on NGO staff; the same shape read and written. */
record BookingRulesJson(
        @NotNull @Min(1) @Max(730) @Schema(description = "How many days ahead one may book", example = "90")
        Integer horizonDays,
        @NotNull @Min(0) @Max(20_160) @Schema(description = "Minimum notice before the start", example = "120")
        Integer minNoticeMinutes,
        @NotNull @Min(15) @Max(1_440) @Schema(description = "Longest booking", example = "480")
        Integer maxLengthMinutes,
        @Min(15) @Max(10_080) @Schema(description = "Minutes an organisation may hold per week at this centre; null: "
                + "no quota", example = "600") Integer weeklyQuotaMinutes,
        @NotNull @Min(0) @Max(20_160) @Schema(description = "No cancelling this close to the start", example = "1440")
        Integer cancelCutoffMinutes) {

    static BookingRulesJson of(BookingRules rules) {
        return new BookingRulesJson(rules.horizonDays(), rules.minNoticeMinutes(), rules.maxLengthMinutes(),
                rules.weeklyQuotaMinutes(), rules.cancelCutoffMinutes());
    }

    BookingRules toRules() {
        return new BookingRules(horizonDays, minNoticeMinutes, maxLengthMinutes, weeklyQuotaMinutes,
                cancelCutoffMinutes);
    }
}
