package org.servicecentre.booking;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * A recurring booking (周期预约): a room for an organisation on the dates an RFC 5545 rule picks, at the wall-clock
 * time of the first occurrence in {@code zone}. Its occurrences are ordinary {@link Booking}s that point to it; they,
 * not the rule, are what holds the room, so an occurrence can be skipped, moved or cancelled on its own.
 */
@Entity
@Table(name = "booking_series")
class BookingSeries {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "room_id", nullable = false)
    private long roomId;

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    @Column(nullable = false, length = 500)
    private String rrule;

    @Column(nullable = false, length = 64)
    private String zone;

    @Column(name = "first_start", nullable = false)
    private LocalDateTime firstStart;

    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;

    @Column(nullable = false, length = 200)
    private String purpose;

    @Column(name = "expected_attendance", nullable = false)
    private int expectedAttendance;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected BookingSeries() {
    }

    BookingSeries(long roomId, long organisationId, RecurrenceRule rule, ZoneId zone, LocalDateTime firstStart,
                  Duration length, String purpose, int expectedAttendance, String createdBy, Instant createdAt) {
        this.roomId = roomId;
        this.organisationId = organisationId;
        this.rrule = rule.text();
        this.zone = zone.getId();
        this.firstStart = firstStart;
        this.durationMinutes = (int) length.toMinutes();
        this.purpose = purpose;
        this.expectedAttendance = expectedAttendance;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** The whole series moves to new wall-clock times (its rule and dates stay) and gets a new purpose. */
    void reschedule(LocalTime start, LocalTime end, String newPurpose, int newAttendance) {
        this.firstStart = firstStart.toLocalDate().atTime(start);
        this.durationMinutes = (int) Duration.between(start, end).toMinutes();
        this.purpose = newPurpose;
        this.expectedAttendance = newAttendance;
    }

    Long id() {
        return id;
    }

    long roomId() {
        return roomId;
    }

    long organisationId() {
        return organisationId;
    }

    RecurrenceRule rule() {
        return RecurrenceRule.parse(rrule);
    }

    ZoneId zone() {
        return ZoneId.of(zone);
    }

    LocalDateTime firstStart() {
        return firstStart;
    }

    Duration length() {
        return Duration.ofMinutes(durationMinutes);
    }

    String purpose() {
        return purpose;
    }

    int expectedAttendance() {
        return expectedAttendance;
    }

    String createdBy() {
        return createdBy;
    }

    Instant createdAt() {
        return createdAt;
    }
}
