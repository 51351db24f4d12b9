package org.servicecentre.centre;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.DayOfWeek;

/** One opening range of a centre's usual week. The template is replaced as a whole, never edited range by range. */
@Entity
@Table(name = "weekly_range")
class WeeklyRange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "centre_id", nullable = false)
    private long centreId;

    @Column(name = "day_of_week", nullable = false)
    private int dayOfWeek;

    @Column(name = "start_minute", nullable = false)
    private int startMinute;

    @Column(name = "end_minute", nullable = false)
    private int endMinute;

    protected WeeklyRange() {
    }

    WeeklyRange(long centreId, DayOfWeek day, TimeRange range) {
        this.centreId = centreId;
        this.dayOfWeek = day.getValue();
        this.startMinute = range.startMinute();
        this.endMinute = range.endMinute();
    }

    long centreId() {
        return centreId;
    }

    DayOfWeek day() {
        return DayOfWeek.of(dayOfWeek);
    }

    TimeRange range() {
        return new TimeRange(startMinute, endMinute);
    }
}
