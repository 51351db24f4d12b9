package org.servicecentre.occupancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.servicecentre.ServiceCentreTest;
import org.servicecentre.booking.BookingDraft;
import org.servicecentre.booking.BookingService;
import org.servicecentre.booking.BookingStartFixtures;
import org.servicecentre.booking.BookingStarts;
import org.servicecentre.booking.BookingStatus;
import org.servicecentre.booking.BookingSummary;
import org.servicecentre.booking.FreeRoomQuery;
import org.servicecentre.booking.FreeRoomSearch;
import org.servicecentre.booking.TimeSlot;
import org.servicecentre.centre.RoomSummary;
import org.servicecentre.programme.RegistrationMode;
import org.servicecentre.programme.SessionService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@ServiceCentreTest
class NoShowReleaseIntegrationTest {

    private static final Duration GRACE = Duration.ofMinutes(15);

    @Autowired
    NoShowRelease release;

    @Autowired
    OccupancyFixtures fixtures;

    @Autowired
    BookingStartFixtures starts;

    @Autowired
    BookingStarts bookingStarts;

    @Autowired
    BookingService bookings;

    @Autowired
    FreeRoomSearch freeRooms;

    @Autowired
    SessionService sessions;

    @Autowired
    JdbcTemplate jdbc;

    private OccupancyFixtures.Organisation organisation;
    private RoomSummary room;

    @BeforeEach
    void freshOrganisationAndRoom() {
        organisation = fixtures.organisation();
        room = fixtures.room(20);
    }

    @Test
    void releasesABookingNobodyCameToExactlyFifteenMinutesAfterItsStart() {
        var booking = fixtures.booking(room, organisation.id());

        var early = release.releaseDue(booking.start().plus(GRACE).minusSeconds(60), this::ours);
        assertThat(early.released()).isZero();
        assertThat(fixtures.bookingStatus(booking.id())).isEqualTo("CONFIRMED");

        var due = release.releaseDue(booking.start().plus(GRACE), this::ours);
        assertThat(due.released()).isEqualTo(1);
        assertThat(fixtures.bookingStatus(booking.id())).isEqualTo("RELEASED");
    }

    @Test
    void leavesAloneABookingWhoseStartStaffConfirmed() {
        var booking = starts.bookNow(room, organisation.id(), -20, 90);
        fixtures.as(organisation.staff(), () -> bookingStarts.confirmInApp(booking.id()));

        var outcome = release.releaseDue(booking.start().plus(Duration.ofMinutes(30)), this::ours);

        assertThat(outcome.released()).isZero();
        assertThat(fixtures.bookingStatus(booking.id())).isEqualTo("CONFIRMED");
    }

    @Test
    void keepsABookingWithOneCheckInForItsSession() {
        var programme = fixtures.programme(organisation.id(), 20, RegistrationMode.NONE);
        var session = fixtures.sessionInRoom(programme.id(), room);
        fixtures.checkIn(room.centreId(), session.id(), session.start().plusSeconds(300));

        var outcome = release.releaseDue(session.start().plus(GRACE), this::ours);

        assertThat(outcome.kept()).isEqualTo(1);
        assertThat(fixtures.bookingStatus(session.bookingId())).isEqualTo("CONFIRMED");
    }

    @Test
    void releasesASessionsBookingWithoutCheckIns() {
        var programme = fixtures.programme(organisation.id(), 20, RegistrationMode.NONE);
        var session = fixtures.sessionInRoom(programme.id(), room);

        release.releaseDue(session.start().plus(GRACE), this::ours);

        assertThat(fixtures.bookingStatus(session.bookingId())).isEqualTo("RELEASED");
    }

    @Test
    void aReleasedSlotIsFreeAgainForTheSearchAndANewBooking() {
        var booking = fixtures.booking(room, organisation.id());
        var slot = new TimeSlot(booking.start(), booking.end());
        assertThat(searchFree(slot)).doesNotContain(room.id());

        release.releaseDue(booking.start().plus(GRACE), this::ours);

        assertThat(searchFree(slot)).contains(room.id());
        BookingSummary again = fixtures.as("manager", () -> bookings.create(new BookingDraft(room.id(),
                booking.start(), booking.end(), "释放后重新预约", organisation.id(), 5, null)));
        assertThat(again.status()).isEqualTo(BookingStatus.CONFIRMED);
    }

    @Test
    void tellsTheOrganisationsStaffAndTheManagersOnceAsAnEssentialMessage() {
        var booking = fixtures.booking(room, organisation.id());
        long manager = starts.userId("manager");

        release.releaseDue(booking.start().plus(GRACE), this::ours);
        release.releaseDue(booking.start().plus(GRACE).plusSeconds(300), this::ours);

        assertThat(inboxRows(booking.id(), organisation.staffId())).isEqualTo(1);
        assertThat(inboxRows(booking.id(), manager)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from notification where dedupe_key like ? "
                + "and (essential = false or kind <> 'booking-released')", Integer.class,
                "booking-released:" + booking.id() + ":%")).isZero();
        var subject = jdbc.queryForObject("select subject from notification where dedupe_key = ? and channel = 'INBOX'",
                String.class, "booking-released:" + booking.id() + ":account:" + organisation.staffId());
        assertThat(subject).contains("测试").contains("无人到场");
    }

    private int inboxRows(long bookingId, long accountId) {
        return jdbc.queryForObject("select count(*) from notification where dedupe_key = ? and channel = 'INBOX'",
                Integer.class, "booking-released:" + bookingId + ":account:" + accountId);
    }

    private List<Long> searchFree(TimeSlot slot) {
        return fixtures.as("manager", () -> freeRooms.search(new FreeRoomQuery(List.of(slot), 1, Set.of(),
                room.centreId()))).stream().map(RoomSummary::id).toList();
    }

    private boolean ours(long organisationId) {
        return organisationId == organisation.id();
    }
}
