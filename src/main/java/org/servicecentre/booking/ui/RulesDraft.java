package org.servicecentre.booking.ui;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.servicecentre.booking.BookingRules;

/**
 * A centre's booking rules while they are edited; the form shows lengths in hours, this holds minutes like
 * {@link BookingRules}. The bounds are read from {@link BookingRules} itself, which the service checks again.
 */
class RulesDraft {

    private Integer horizonDays;
    private Integer minNoticeMinutes;
    private Integer maxLengthMinutes;
    private Integer weeklyQuotaMinutes;
    private Integer cancelCutoffMinutes;

    static RulesDraft of(BookingRules rules) {
        var draft = new RulesDraft();
        draft.horizonDays = rules.horizonDays();
        draft.minNoticeMinutes = rules.minNoticeMinutes();
        draft.maxLengthMinutes = rules.maxLengthMinutes();
        draft.weeklyQuotaMinutes = rules.weeklyQuotaMinutes();
        draft.cancelCutoffMinutes = rules.cancelCutoffMinutes();
        return draft;
    }

    BookingRules rules() {
        return new BookingRules(horizonDays, minNoticeMinutes, maxLengthMinutes, weeklyQuotaMinutes,
                cancelCutoffMinutes);
    }

    /** The smallest and largest value {@link BookingRules} accepts for one of its components. */
    static long[] bounds(String component) {
        try {
            var field = BookingRules.class.getDeclaredField(component);
            return new long[] {field.getAnnotation(Min.class).value(), field.getAnnotation(Max.class).value()};
        } catch (NoSuchFieldException e) {
            throw new IllegalArgumentException("BookingRules has no " + component, e);
        }
    }

    public Integer getHorizonDays() {
        return horizonDays;
    }

    public void setHorizonDays(Integer horizonDays) {
        this.horizonDays = horizonDays;
    }

    public Integer getMinNoticeMinutes() {
        return minNoticeMinutes;
    }

    public void setMinNoticeMinutes(Integer minNoticeMinutes) {
        this.minNoticeMinutes = minNoticeMinutes;
    }

    public Integer getMaxLengthMinutes() {
        return maxLengthMinutes;
    }

    public void setMaxLengthMinutes(Integer maxLengthMinutes) {
        this.maxLengthMinutes = maxLengthMinutes;
    }

    public Integer getWeeklyQuotaMinutes() {
        return weeklyQuotaMinutes;
    }

    public void setWeeklyQuotaMinutes(Integer weeklyQuotaMinutes) {
        this.weeklyQuotaMinutes = weeklyQuotaMinutes;
    }

    public Integer getCancelCutoffMinutes() {
        return cancelCutoffMinutes;
    }

    public void setCancelCutoffMinutes(Integer cancelCutoffMinutes) {
        this.cancelCutoffMinutes = cancelCutoffMinutes;
    }
}
