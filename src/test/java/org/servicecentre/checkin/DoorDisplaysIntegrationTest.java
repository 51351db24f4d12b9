package org.servicecentre.checkin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.servicecentre.ServiceCentreTest;
import org.servicecentre.booking.BookingFixtures;
import org.servicecentre.centre.RoomSummary;
import org.servicecentre.programme.ProgrammeFixtures;
import org.servicecentre.programme.RegistrationMode;
import org.servicecentre.programme.SessionSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.SimpleJdbcInsert;
import org.springframework.security.access.AccessDeniedException;

/**
 * The door display of a fresh room at 高新区 (GXQ, managed by the demo manager). Bookings "now" are written straight
 * into the database so that the tests run at any hour (the booking service books only ahead and within hours).
 */
@ServiceCentreTest
public class DoorDisplaysIntegrationTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    DoorDisplays displays;

    @Autowired
    BookingFixtures bookingFixtures;

    @Autowired
    ProgrammeFixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aRoomWithNothingTodayIsFreeForTheRestOfTheDay() {
        var room = bookingFixtures.room(12, 0, false);

        var display = as("manager", room);

        assertThat(display.busy()).isFalse();
        assertThat(display.now()).isNull();
        assertThat(display.next()).isNull();
        assertThat(display.freeUntil()).isNull();
        assertThat(display.capacity()).isEqualTo(12);
        assertThat(display.checkedIn()).isZero();
    }

    @Test
    void aLaterBookingMakesTheRoomFreeUntilItStartsAndIsNext() {
        var room = bookingFixtures.room(12, 0, false);
        var later = minute().plus(Duration.ofMinutes(2));
        // the door shows the rest of today: from 23:58 in Shanghai "later" is tomorrow's
        assumeTrue(later.atZone(SHANGHAI).toLocalDate().equals(Instant.now().atZone(SHANGHAI).toLocalDate()));
        book(room, later, later.plus(Duration.ofMinutes(60)), "CONFIRMED", "党支部组织生活会");

        var display = as("manager", room);

        assertThat(display.busy()).isFalse();
        assertThat(display.freeUntil()).isEqualTo(later);
        assertThat(display.next().start()).isEqualTo(later);
        assertThat(display.next().title()).as("a plain booking's purpose stays off the door").isNull();
        assertThat(display.next().organisationName()).isNotBlank();
    }

    @Test
    void aRequestNotYetConfirmedLeavesTheRoomFree() {
        var room = bookingFixtures.room(12, 0, false);
        var start = minute().minus(Duration.ofMinutes(5));
        book(room, start, start.plus(Duration.ofMinutes(60)), "REQUESTED", "待审批");

        assertThat(as("manager", room).busy()).isFalse();
    }

    @Test
    void aPublicSessionNowShowsItsTitleAndCountsOnlyThoseCheckedInAndNotOut() {
        var room = bookingFixtures.room(30, 0, false);
        var start = minute().minus(Duration.ofMinutes(10));
        var end = start.plus(Duration.ofMinutes(90));
        var session = sessionInRoom(room, start, end);
        checkIn(room, session.id(), KioskOutcome.CHECKED_IN, null);
        checkIn(room, session.id(), KioskOutcome.CHECKED_IN, null);
        checkIn(room, session.id(), KioskOutcome.CHECKED_IN, Instant.now());
        checkIn(room, session.id(), KioskOutcome.ALREADY_CHECKED_IN, null);

        var display = as("manager", room);

        assertThat(display.busy()).isTrue();
        assertThat(display.now().title()).isEqualTo(session.programmeTitle());
        assertThat(display.now().organisationName()).isNotBlank();
        assertThat(display.now().end()).isEqualTo(end);
        assertThat(display.now().sessionId()).isEqualTo(session.id());
        assertThat(display.checkedIn()).isEqualTo(2);
        assertThat(display.freeUntil()).isNull();
    }

    @Test
    void anInvitationOnlySessionNowIsShownOnlyAsBooked() {
        var room = bookingFixtures.room(30, 0, false);
        var start = minute().minus(Duration.ofMinutes(10));
        var session = sessionInRoom(room, start, start.plus(Duration.ofMinutes(60)));
        jdbc.update("update programme set visibility = 'INVITATION' where id = ?", session.programmeId());

        var display = as("manager", room);

        assertThat(display.busy()).isTrue();
        assertThat(display.now().title()).isNull();
        assertThat(display.now().organisationName()).isNotBlank();
    }

    @Test
    void aManagerOfAnotherCentreIsRefused() {
        var ntcRoom = jdbc.queryForObject(
                "select r.id from room r join centre c on c.id = r.centre_id where c.code = 'NTC' order by r.id "
                        + "fetch first 1 rows only", Long.class);

        assertThatThrownBy(() -> fixtures.as("manager", () -> displays.of(ntcRoom)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anNgoUserMayNotReadDoorDisplays() {
        var room = bookingFixtures.room(12, 0, false);

        assertThatThrownBy(() -> fixtures.as("ngo", () -> displays.of(room.id())))
                .isInstanceOf(AccessDeniedException.class);
    }

    private DoorDisplay as(String username, RoomSummary room) {
        return fixtures.as(username, () -> displays.of(room.id()));
    }

    private static Instant minute() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS);
    }

    /** A booking of the demo NGO (启航) in the room, written directly. */
    public static long book(JdbcTemplate jdbc, long roomId, long centreId, long organisationId, Instant start,
                            Instant end, String status, String purpose) {
        return new SimpleJdbcInsert(jdbc).withTableName("booking").usingGeneratedKeyColumns("id")
                .usingColumns("room_id", "centre_id", "organisation_id", "starts_at", "ends_at", "blocked_from",
                        "blocked_until", "purpose", "expected_attendance", "status", "requested_by",
                        "requested_by_id", "created_at", "version")
                .executeAndReturnKey(Map.ofEntries(Map.entry("room_id", roomId), Map.entry("centre_id", centreId),
                        Map.entry("organisation_id", organisationId), Map.entry("starts_at", Timestamp.from(start)),
                        Map.entry("ends_at", Timestamp.from(end)), Map.entry("blocked_from", Timestamp.from(start)),
                        Map.entry("blocked_until", Timestamp.from(end)), Map.entry("purpose", purpose),
                        Map.entry("expected_attendance", 10), Map.entry("status", status),
                        Map.entry("requested_by", "ngo"), Map.entry("requested_by_id", 1L),
                        Map.entry("created_at", Timestamp.from(Instant.now())), Map.entry("version", 0L)))
                .longValue();
    }

    private long book(RoomSummary room, Instant start, Instant end, String status, String purpose) {
        return book(jdbc, room.id(), room.centreId(), bookingFixtures.organisation("QIHANG"), start, end, status,
                purpose);
    }

    /** A session of a fresh public programme, moved into the room with a confirmed booking for [start, end). */
    private SessionSummary sessionInRoom(RoomSummary room, Instant start, Instant end) {
        var programme = fixtures.programme(20, RegistrationMode.PER_SESSION);
        var session = fixtures.outsideSession(programme.id(), 2);
        long booking = book(room, start, end, "CONFIRMED", "活动场地");
        jdbc.update("update booking set programme_id = ? where id = ?", programme.id(), booking);
        jdbc.update("update programme_session set centre_id = ?, room_id = ?, booking_id = ?, location = null, "
                        + "starts_at = ?, ends_at = ? where id = ?", room.centreId(), room.id(), booking,
                Timestamp.from(start), Timestamp.from(end), session.id());
        return session;
    }

    private void checkIn(RoomSummary room, long sessionId, KioskOutcome outcome, Instant checkedOut) {
        jdbc.update("insert into check_in (centre_id, outcome, session_id, method, scanned_at, received_at, "
                        + "checked_out_at, auto_closed) values (?, ?, ?, 'SCANNER', ?, ?, ?, false)", room.centreId(),
                outcome.name(), sessionId, Timestamp.from(Instant.now()), Timestamp.from(Instant.now()),
                checkedOut == null ? null : Timestamp.from(checkedOut));
    }
}
