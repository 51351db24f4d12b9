package org.servicecentre.occupancy;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import javax.sql.DataSource;

import org.servicecentre.booking.BookingRescheduled;
import org.servicecentre.booking.BookingStatusChanged;
import org.servicecentre.checkin.CheckInRecorded;
import org.servicecentre.programme.AttendanceChanged;
import org.servicecentre.programme.RegistrationCancelled;
import org.servicecentre.programme.RegistrationPromoted;
import org.servicecentre.programme.ResidentsMerged;
import org.servicecentre.programme.SessionCancelled;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps the people rollup honest: every change that can alter the people figures of a day that is over marks that
 * centre-day in {@code people_dirty}, in the transaction of the change (synchronous listeners), for
 * {@link PeopleRollup} to recompute. Today and later are skipped (they are computed when settled). A late kiosk sync,
 * a late attendance tick, a cancelled session or registration, a moved booking and a merge of residents are all
 * caught here.
 */
@Component
class PeopleChanges {

    private final JdbcTemplate jdbc;
    private final String insert;
    private final Clock clock;

    PeopleChanges(JdbcTemplate jdbc, DataSource dataSource, Clock clock) throws SQLException {
        this.jdbc = jdbc;
        this.clock = clock;
        this.insert = DirtyMarkInsert.sql(dataSource, "people_dirty", "centre_id");
    }

    @EventListener
    void on(AttendanceChanged event) {
        markSession(event.sessionId());
    }

    @EventListener
    void on(SessionCancelled event) {
        markSession(event.sessionId());
    }

    @EventListener
    void on(RegistrationCancelled event) {
        if (event.sessionId() != null) {
            markSession(event.sessionId());
        }
    }

    @EventListener
    void on(RegistrationPromoted event) {
        if (event.sessionId() != null) {
            markSession(event.sessionId());
        }
    }

    @EventListener
    void on(CheckInRecorded event) {
        mark(event.centreId(), event.scannedAt());
        if (event.sessionId() != null) {
            markSession(event.sessionId());
        }
    }

    /** A programme's session moves with its booking; both dates change. */
    @EventListener
    void on(BookingRescheduled event) {
        mark(event.centreId(), event.previousStart());
        mark(event.centreId(), event.start());
    }

    @EventListener
    void on(BookingStatusChanged event) {
        mark(event.centreId(), event.start());
    }

    /** Every day either resident came, and the sessions of the kept one's registrations (now also the duplicate's). */
    @EventListener
    void on(ResidentsMerged event) {
        jdbc.query("select distinct centre_id, on_day from people_day_resident where resident_id in (?, ?)", rs -> {
            markDay(rs.getLong(1), rs.getObject(2, LocalDate.class));
        }, event.keptId(), event.duplicateId());
        jdbc.query("select distinct s.centre_id, s.starts_at from registration r join programme_session s"
                + " on s.id = r.session_id where r.resident_id = ? and s.centre_id is not null", rs -> {
                    mark(rs.getLong(1), rs.getTimestamp(2).toInstant());
                }, event.keptId());
    }

    private void markSession(long sessionId) {
        jdbc.query("select centre_id, starts_at from programme_session where id = ? and centre_id is not null", rs -> {
            mark(rs.getLong(1), rs.getTimestamp(2).toInstant());
        }, sessionId);
    }

    /**
     * Marks the centre's local date of the instant if that date is over (before today in the centre's zone): settled,
     * or being settled right now — a mark made while a first settlement runs is recomputed after it, not lost.
     */
    private void mark(long centreId, Instant at) {
        var zones = jdbc.queryForList("select time_zone from centre where id = ?", String.class, centreId);
        if (zones.isEmpty()) {
            return;
        }
        var zone = ZoneId.of(zones.getFirst());
        var day = at.atZone(zone).toLocalDate();
        if (day.isBefore(LocalDate.now(clock.withZone(zone)))) {
            jdbc.update(insert, centreId, day);
        }
    }

    private void markDay(long centreId, LocalDate day) {
        jdbc.update(insert, centreId, day);
    }
}
