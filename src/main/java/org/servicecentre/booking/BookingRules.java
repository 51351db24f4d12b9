package org.servicecentre.booking;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * A centre's booking rules, binding on NGO staff (managers and admins set them and keep order, so they are not
 * bound): how many days ahead one may book, the minimum notice, the longest booking, a weekly quota per
 * organisation at this centre (null: none) and how long before the start a booking can still be cancelled.
 */
public record BookingRules(@Min(1) @Max(730) int horizonDays, @Min(0) @Max(20_160) int minNoticeMinutes,
                           @Min(15) @Max(1_440) int maxLengthMinutes, @Min(15) @Max(10_080) Integer weeklyQuotaMinutes,
                           @Min(0) @Max(20_160) int cancelCutoffMinutes) {

    public static final BookingRules DEFAULTS = new BookingRules(90, 120, 480, null, 1_440);
}
