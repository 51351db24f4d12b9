package org.servicecentre.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.servicecentre.booking.BookingFixtures.at;

import org.junit.jupiter.api.Test;
import org.servicecentre.ServiceCentreTest;
import org.servicecentre.booking.BookingFixtures;
import org.servicecentre.booking.BookingQueries;
import org.servicecentre.booking.BookingService;
import org.servicecentre.booking.BookingStatus;
import org.servicecentre.shared.DomainException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@ServiceCentreTest
class SessionServiceIntegrationTest {

    @Autowired
    SessionService sessions;

    @Autowired
    ProgrammeFixtures fixtures;

    @Autowired
    BookingFixtures rooms;

    @Autowired
    BookingService bookings;

    @Autowired
    BookingQueries bookingQueries;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aSessionInARoomBooksTheRoomForTheProgramme() {
        var programme = fixtures.programme(20, RegistrationMode.PER_SESSION);
        var room = rooms.room(30, 0, false);
        var day = rooms.openWeekday(room, 10);

        var session = fixtures.as("ngo", () -> sessions.addInRoom(programme.id(),
                new RoomSessionDraft(room.id(), at(day, "14:00"), at(day, "16:00"), 20)));

        var booking = fixtures.as("ngo", () -> bookingQueries.get(session.bookingId()));
        assertThat(booking.programmeId()).isEqualTo(programme.id());
        assertThat(booking.purpose()).isEqualTo(programme.title());
        assertThat(session.roomName()).isEqualTo(room.name());
        assertThat(session.capacity()).isEqualTo(20);
    }

    @Test
    void aRefusedBookingLeavesNoSessionBehind() {
        var programme = fixtures.programme(20, RegistrationMode.PER_SESSION);
        var room = rooms.room(10, 0, false);
        var day = rooms.openWeekday(room, 11);

        assertThatThrownBy(() -> fixtures.as("ngo", () -> sessions.addInRoom(programme.id(),
                new RoomSessionDraft(room.id(), at(day, "14:00"), at(day, "16:00"), 50))))
                .isInstanceOf(DomainException.class);
        assertThat(fixtures.as("ngo", () -> sessions.list(programme.id()))).isEmpty();
    }

    @Test
    void cancellingASessionTellsItsRegistrantsAndFreesTheRoom() {
        var programme = fixtures.programme(20, RegistrationMode.PER_SESSION);
        var room = rooms.room(30, 0, false);
        var day = rooms.openWeekday(room, 12);
        var session = fixtures.as("ngo", () -> sessions.addInRoom(programme.id(),
                new RoomSessionDraft(room.id(), at(day, "14:00"), at(day, "15:00"), 10)));
        var registration = fixtures.register(programme.id(), session.id(), null, null);

        var cancelled = fixtures.as("ngo", () -> sessions.cancel(session.id(), "讲师生病"));

        assertThat(cancelled.status()).isEqualTo(SessionStatus.CANCELLED);
        assertThat(fixtures.as("ngo", () -> bookingQueries.get(session.bookingId())).status())
                .isEqualTo(BookingStatus.CANCELLED);
        assertThat(jdbc.queryForObject("select note from registration_notice where registration_id = ? and kind = ?",
                String.class, registration.id(), "SESSION_CANCELLED")).isEqualTo("讲师生病");
    }

    @Test
    void aSessionFollowsItsBookingWhenMovedAndIsCancelledWithIt() {
        var programme = fixtures.programme(20, RegistrationMode.PER_SESSION);
        var room = rooms.room(30, 0, false);
        var day = rooms.openWeekday(room, 13);
        var session = fixtures.as("ngo", () -> sessions.addInRoom(programme.id(),
                new RoomSessionDraft(room.id(), at(day, "14:00"), at(day, "15:00"), 10)));
        var booking = fixtures.as("ngo", () -> bookingQueries.get(session.bookingId()));

        fixtures.as("ngo", () -> bookings.change(booking.id(), BookingFixtures.draft(room, at(day, "17:00"),
                at(day, "18:00"), 10)));
        assertThat(fixtures.as("ngo", () -> sessions.get(session.id())).start()).isEqualTo(at(day, "17:00"));
        assertThat(fixtures.as("ngo", () -> bookingQueries.get(booking.id())).programmeId())
                .as("the link survives a change made without it").isEqualTo(programme.id());

        fixtures.as("ngo", () -> bookings.cancel(booking.id(), "场地维修"));
        assertThat(fixtures.as("ngo", () -> sessions.get(session.id())).status()).isEqualTo(SessionStatus.CANCELLED);
    }

    @Test
    void anotherOrganisationsBookingCannotHoldASession() {
        var programme = fixtures.programme(20, RegistrationMode.PER_SESSION);
        var room = rooms.room(30, 0, false);
        var day = rooms.openWeekday(room, 14);
        var theirs = fixtures.as("admin", () -> bookings.create(new org.servicecentre.booking.BookingDraft(room.id(),
                at(day, "14:00"), at(day, "15:00"), "别人的活动", rooms.organisation("YH-VOL"), 5, null)));

        assertThatThrownBy(() -> fixtures.as("ngo", () -> sessions.addFromBooking(programme.id(), theirs.id())))
                .isInstanceOf(Exception.class);
    }
}
