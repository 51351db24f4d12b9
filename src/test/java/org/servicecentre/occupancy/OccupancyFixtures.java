package org.servicecentre.occupancy;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Set;
import org.servicecentre.booking.BookingFixtures;
import org.servicecentre.booking.BookingStartFixtures;
import org.servicecentre.booking.BookingSummary;
import org.servicecentre.centre.RoomSummary;
import org.servicecentre.programme.ProgrammeDraft;
import org.servicecentre.programme.ProgrammeService;
import org.servicecentre.programme.ProgrammeSummary;
import org.servicecentre.programme.ProgrammeVisibility;
import org.servicecentre.programme.RegistrationDraft;
import org.servicecentre.programme.RegistrationMode;
import org.servicecentre.programme.RegistrationService;
import org.servicecentre.programme.ResidentDraft;
import org.servicecentre.programme.RoomSessionDraft;
import org.servicecentre.programme.SessionService;
import org.servicecentre.programme.SessionSummary;
import org.servicecentre.programme.TargetGroup;
import org.servicecentre.security.Role;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A fresh organisation per test (partner of 高新区 GXQ, whose manager is the demo manager) with one NGO staff
 * account, fresh rooms in GXQ, programmes and sessions of that organisation, so tests of the occupancy checks
 * (which they run for their own organisation only) cannot collide.
 */
@Component
class OccupancyFixtures {

    private final BookingStartFixtures starts;
    private final BookingFixtures bookings;
    private final ProgrammeService programmes;
    private final SessionService sessions;
    private final RegistrationService registrations;
    private final JdbcTemplate jdbc;

    OccupancyFixtures(BookingStartFixtures starts, BookingFixtures bookings, ProgrammeService programmes,
                      SessionService sessions, RegistrationService registrations, JdbcTemplate jdbc) {
        this.starts = starts;
        this.bookings = bookings;
        this.programmes = programmes;
        this.sessions = sessions;
        this.registrations = registrations;
        this.jdbc = jdbc;
    }

    /** A fresh organisation and the username of its one staff account. */
    record Organisation(long id, String staff, long staffId) {
    }

    Organisation organisation() {
        long id = starts.organisation();
        var staff = starts.account(Role.NGO_STAFF, "用房测试社工", id, Set.of());
        return new Organisation(id, staff, starts.userId(staff));
    }

    RoomSummary room(int capacity) {
        return bookings.room(capacity, 0, false);
    }

    /** A confirmed booking of the organisation, 14:00–16:00 on a weekday at least a week ahead. */
    BookingSummary booking(RoomSummary room, long organisationId) {
        return starts.bookAhead(room, organisationId);
    }

    ProgrammeSummary programme(long organisationId, int capacity, RegistrationMode mode) {
        return as("admin", () -> programmes.create(new ProgrammeDraft(organisationId,
                "用房测试项目 " + System.nanoTime() % 100_000, "测试", Set.of(TargetGroup.ELDERLY), null, null, capacity,
                mode, ProgrammeVisibility.PUBLIC, null, null)));
    }

    /** A session of the programme in the room, 14:00–16:00 on a weekday at least a week ahead (books the room). */
    SessionSummary sessionInRoom(long programmeId, RoomSummary room) {
        var day = bookings.openWeekday(room, 7);
        return as("admin", () -> sessions.addInRoom(programmeId, new RoomSessionDraft(room.id(),
                BookingFixtures.at(day, "14:00"), BookingFixtures.at(day, "16:00"), 1)));
    }

    void register(long programmeId, long sessionId, int residents) {
        for (int i = 0; i < residents; i++) {
            as("admin", () -> registrations.register(new RegistrationDraft(programmeId, sessionId, null,
                    ResidentDraft.anonymous())));
        }
    }

    /** A kiosk check-in for the session, as the check-in module records one. */
    void checkIn(long centreId, long sessionId, Instant at) {
        jdbc.update("insert into check_in (centre_id, outcome, subject, session_id, method, scanned_at, received_at, "
                + "auto_closed) values (?, 'CHECKED_IN', 'REGISTRATION', ?, 'SCANNER', ?, ?, false)", centreId,
                sessionId, Timestamp.from(at), Timestamp.from(at));
    }

    String bookingStatus(long bookingId) {
        return jdbc.queryForObject("select status from booking where id = ?", String.class, bookingId);
    }

    <T> T as(String username, java.util.function.Supplier<T> action) {
        return bookings.as(username, action);
    }
}
