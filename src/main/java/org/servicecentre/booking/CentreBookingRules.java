package org.servicecentre.booking;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The stored rules of one centre; a centre without a row uses {@link BookingRules#DEFAULTS}. */
@Entity
@Table(name = "booking_rules")
class CentreBookingRules {

    @Id
    @Column(name = "centre_id")
    private Long centreId;

    @Column(name = "horizon_days", nullable = false)
    private int horizonDays;

    @Column(name = "min_notice_minutes", nullable = false)
    private int minNoticeMinutes;

    @Column(name = "max_length_minutes", nullable = false)
    private int maxLengthMinutes;

    @Column(name = "weekly_quota_minutes")
    private Integer weeklyQuotaMinutes;

    @Column(name = "cancel_cutoff_minutes", nullable = false)
    private int cancelCutoffMinutes;

    @Version
    private long version;

    protected CentreBookingRules() {
    }

    CentreBookingRules(long centreId) {
        this.centreId = centreId;
    }

    void apply(BookingRules rules) {
        horizonDays = rules.horizonDays();
        minNoticeMinutes = rules.minNoticeMinutes();
        maxLengthMinutes = rules.maxLengthMinutes();
        weeklyQuotaMinutes = rules.weeklyQuotaMinutes();
        cancelCutoffMinutes = rules.cancelCutoffMinutes();
    }

    BookingRules rules() {
        return new BookingRules(horizonDays, minNoticeMinutes, maxLengthMinutes, weeklyQuotaMinutes,
                cancelCutoffMinutes);
    }
}
