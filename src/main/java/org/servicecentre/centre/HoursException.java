package org.servicecentre.centre;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** On one date a centre keeps other hours than its usual week, for a reason (an event, a shortened eve). */
@Entity
@Table(name = "hours_exception")
class HoursException {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "centre_id", nullable = false)
    private long centreId;

    @Column(name = "on_date", nullable = false)
    private LocalDate date;

    @Column(nullable = false, length = 200)
    private String reason;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "hours_exception_range", joinColumns = @JoinColumn(name = "exception_id"))
    private List<Minutes> ranges = new ArrayList<>();

    @Version
    private long version;

    protected HoursException() {
    }

    HoursException(long centreId, LocalDate date, List<TimeRange> ranges, String reason) {
        this.centreId = centreId;
        this.date = date;
        this.reason = reason;
        ranges.forEach(r -> this.ranges.add(new Minutes(r.startMinute(), r.endMinute())));
    }

    long centreId() {
        return centreId;
    }

    HoursExceptionSummary summary() {
        return new HoursExceptionSummary(id, centreId, date,
                ranges.stream().map(m -> new TimeRange(m.startMinute, m.endMinute)).toList(), reason);
    }

    @Embeddable
    static class Minutes {

        @Column(name = "start_minute", nullable = false)
        private int startMinute;

        @Column(name = "end_minute", nullable = false)
        private int endMinute;

        protected Minutes() {
        }

        Minutes(int startMinute, int endMinute) {
            this.startMinute = startMinute;
            this.endMinute = endMinute;
        }
    }
}
