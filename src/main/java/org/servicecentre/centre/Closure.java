package org.servicecentre.centre;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/** A centre, or one of its rooms, is closed for whole days: a holiday, maintenance. */
@Entity
@Table(name = "closure")
class Closure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "centre_id", nullable = false)
    private long centreId;

    @Column(name = "room_id")
    private Long roomId;

    @Column(name = "first_day", nullable = false)
    private LocalDate firstDay;

    @Column(name = "last_day", nullable = false)
    private LocalDate lastDay;

    @Column(nullable = false, length = 200)
    private String reason;

    @Version
    private long version;

    protected Closure() {
    }

    Closure(long centreId, Long roomId, LocalDate firstDay, LocalDate lastDay, String reason) {
        this.centreId = centreId;
        this.roomId = roomId;
        this.firstDay = firstDay;
        this.lastDay = lastDay;
        this.reason = reason;
    }

    long centreId() {
        return centreId;
    }

    Long roomId() {
        return roomId;
    }

    ClosureSummary summary(String roomName) {
        return new ClosureSummary(id, centreId, roomId, roomName, firstDay, lastDay, reason);
    }
}
