package org.servicecentre.occupancy;

import java.sql.Timestamp;

import org.servicecentre.booking.BookingRescheduled;
import org.servicecentre.booking.BookingStartConfirmed;
import org.servicecentre.booking.BookingStatusChanged;
import org.servicecentre.centre.OpeningHoursChanged;
import org.servicecentre.programme.AttendanceChanged;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps the rollup honest: every change that alters a settled day's figures marks that room-day, in the transaction
 * of the change (synchronous listeners), so it is recomputed on the next rollup run and nothing is missed.
 */
@Component
class UsageChanges {

    private final UsageDirtyMarks marks;
    private final JdbcTemplate jdbc;

    UsageChanges(UsageDirtyMarks marks, JdbcTemplate jdbc) {
        this.marks = marks;
        this.jdbc = jdbc;
    }

    @EventListener
    void on(BookingStatusChanged event) {
        markBooking(event.bookingId());
    }

    @EventListener
    void on(BookingRescheduled event) {
        marks.mark(event.previousRoomId(), event.previousStart(), event.previousEnd());
        marks.mark(event.roomId(), event.start(), event.end());
    }

    @EventListener
    void on(BookingStartConfirmed event) {
        marks.mark(event.roomId(), event.start(), event.end());
    }

    @EventListener
    void on(AttendanceChanged event) {
        jdbc.query("select b.room_id, b.starts_at, b.ends_at from programme_session s join booking b on b.id = s.booking_id"
                + " where s.id = ?", rs -> {
                    marks.mark(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getTimestamp(3).toInstant());
                }, event.sessionId());
    }

    @EventListener
    void on(OpeningHoursChanged event) {
        marks.markCentre(event.centreId(), event.roomId(), event.firstDay(), event.lastDay());
    }

    private void markBooking(long bookingId) {
        jdbc.query("select room_id, starts_at, ends_at from booking where id = ?", rs -> {
            marks.mark(rs.getLong(1), ((Timestamp) rs.getTimestamp(2)).toInstant(), rs.getTimestamp(3).toInstant());
        }, bookingId);
    }
}
