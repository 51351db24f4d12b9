package org.servicecentre.occupancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.servicecentre.occupancy.LiveFixtures.at;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.servicecentre.ServiceCentreTest;
import org.servicecentre.booking.BookingStartFixtures;
import org.servicecentre.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@ServiceCentreTest
class LiveOccupancyIntegrationTest {

    /** A Tuesday; "now" is 15:00 in the centre. */
    private static final LocalDate DAY = LocalDate.of(2031, 3, 11);

    @Autowired
    LiveOccupancy live;
    @Autowired
    LiveFixtures fixtures;
    @Autowired
    BookingStartFixtures accounts;

    private long centre;
    private long hall;
    private long meeting;
    private long quiet;
    private long organisation;

    @BeforeEach
    void aCentreOfItsOwn() {
        centre = fixtures.centre();
        hall = fixtures.room(centre, "HALL", "多功能厅", 60);
        meeting = fixtures.room(centre, "MEET", "会议室", 20);
        quiet = fixtures.room(centre, "READ", "阅览室", 10);
        organisation = fixtures.organisation("QIHANG");
    }

    @Test
    void countsOnlyTodaysOpenCheckInsAsPeopleInNow() {
        fixtures.checkIn(centre, null, at(DAY, "09:10"), null);
        fixtures.checkIn(centre, null, at(DAY, "14:40"), null);
        fixtures.checkIn(centre, null, at(DAY, "10:00"), at(DAY, "11:30"));     // checked out
        fixtures.checkIn(centre, null, at(DAY.minusDays(1), "19:00"), null);    // yesterday, never closed
        fixtures.checkIn(centre, null, at(DAY, "15:30"), null);                 // after "now"

        var snapshot = accounts.as("admin", () -> live.centre(centre, at(DAY, "15:00")));

        assertThat(snapshot.peopleIn()).isEqualTo(2);
        assertThat(snapshot.capacity()).isEqualTo(90);
        assertThat(snapshot.fill()).isEqualTo(2 / 90.0);
    }

    @Test
    void justAfterMidnightCountsThoseWhoCameToTheEveningEventButNotCheckInsLeftOpenInTheMorning() {
        var night = DAY.plusDays(5);
        fixtures.checkIn(centre, null, at(night.minusDays(1), "23:20"), null);   // still at the evening event
        fixtures.checkIn(centre, null, at(night.minusDays(1), "10:00"), null);   // never checked out
        fixtures.checkIn(centre, null, at(night.minusDays(1), "22:00"), at(night.minusDays(1), "23:50"));

        var snapshot = accounts.as("admin", () -> live.centre(centre, at(night, "00:30")));

        assertThat(snapshot.peopleIn()).isEqualTo(1);
    }

    @Test
    void tellsRoomsInUseNowFromTheirNextUseAndIgnoresReleasedAndCancelledBookings() {
        long now = fixtures.booking(hall, centre, organisation, at(DAY, "14:00"), at(DAY, "16:00"), "CONFIRMED", "社区议事会");
        long later = fixtures.booking(hall, centre, organisation, at(DAY, "19:00"), at(DAY, "20:30"), "CONFIRMED", "广场舞排练");
        fixtures.booking(meeting, centre, organisation, at(DAY, "14:30"), at(DAY, "16:00"), "RELEASED", "没人来的会");
        fixtures.booking(meeting, centre, organisation, at(DAY, "16:30"), at(DAY, "17:00"), "CANCELLED", "取消的会");
        fixtures.booking(meeting, centre, organisation, at(DAY, "17:30"), at(DAY, "18:30"), "REQUESTED", "待审批");
        fixtures.booking(quiet, centre, organisation, at(DAY, "13:00"), at(DAY, "15:00"), "CONFIRMED", "刚结束");
        fixtures.booking(quiet, centre, organisation, at(DAY.plusDays(1), "09:00"), at(DAY.plusDays(1), "10:00"),
                "CONFIRMED", "明天");

        var snapshot = accounts.as("admin", () -> live.centre(centre, at(DAY, "15:00")));

        var rooms = snapshot.rooms();
        assertThat(rooms).extracting(LiveCentre.LiveRoom::name).containsExactly("多功能厅", "会议室", "阅览室");
        assertThat(rooms.get(0).now().bookingId()).isEqualTo(now);
        assertThat(rooms.get(0).now().title()).isEqualTo("社区议事会");
        assertThat(rooms.get(0).next().bookingId()).isEqualTo(later);
        assertThat(rooms.get(1).now()).as("released, cancelled and requested bookings do not use the room").isNull();
        assertThat(rooms.get(1).next()).isNull();
        assertThat(rooms.get(2).now()).as("a booking that ended at 15:00").isNull();
        assertThat(rooms.get(2).next()).as("tomorrow is not next today").isNull();
        assertThat(snapshot.roomsInUse()).isEqualTo(1);
    }

    @Test
    void listsTodaysSessionsWithRegisteredAndCheckedIn() {
        long programme = fixtures.programme(organisation, "长者智能手机课堂", 15);
        long booking = fixtures.booking(meeting, centre, organisation, at(DAY, "14:30"), at(DAY, "16:00"), "CONFIRMED",
                "课堂");
        long running = fixtures.session(programme, booking, centre, meeting, at(DAY, "14:30"), at(DAY, "16:00"));
        long nextDay = fixtures.booking(meeting, centre, organisation, at(DAY.plusDays(1), "14:30"),
                at(DAY.plusDays(1), "16:00"), "CONFIRMED", "课堂");
        long tomorrow = fixtures.session(programme, nextDay, centre, meeting, at(DAY.plusDays(1), "14:30"),
                at(DAY.plusDays(1), "16:00"));
        for (int i = 0; i < 4; i++) {
            fixtures.register(programme, running);
        }
        fixtures.register(programme, tomorrow);
        fixtures.checkIn(centre, running, at(DAY, "14:25"), null);
        fixtures.checkIn(centre, running, at(DAY, "14:35"), at(DAY, "14:50"));

        var snapshot = accounts.as("admin", () -> live.centre(centre, at(DAY, "15:00")));

        assertThat(snapshot.sessions()).singleElement().satisfies(session -> {
            assertThat(session.sessionId()).isEqualTo(running);
            assertThat(session.registered()).isEqualTo(4);
            assertThat(session.checkedIn()).isEqualTo(2);
            assertThat(session.capacity()).isEqualTo(15);
            assertThat(session.runningAt(at(DAY, "15:00"))).isTrue();
        });
        assertThat(snapshot.rooms().get(1).now().title()).as("the programme names a session's booking")
                .isEqualTo("长者智能手机课堂");
        assertThat(snapshot.rooms().get(1).now().session()).isTrue();
    }

    @Test
    void countsKiosksSeenInTheLastFewMinutesAsOnline() {
        fixtures.kiosk(centre, "入口", at(DAY, "14:58"));
        fixtures.kiosk(centre, "二楼", at(DAY, "14:30"));
        fixtures.kiosk(centre, "新机", null);

        var snapshot = accounts.as("admin", () -> live.centre(centre, at(DAY, "15:00")));

        assertThat(snapshot.kiosks()).hasSize(3);
        assertThat(snapshot.kiosksOnline()).isEqualTo(1);
    }

    @Test
    void refusesAManagerAnotherManagersCentre() {
        var own = accounts.account(Role.CENTRE_MANAGER, "实时测试主任", null, Set.of(centre));

        assertThatThrownBy(() -> accounts.as("manager", () -> live.centre(centre, at(DAY, "15:00"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(accounts.as("manager", () -> live.centres())).extracting(LiveCentreOption::id)
                .doesNotContain(centre).hasSize(2);
        assertThat(accounts.as(own, () -> live.centres())).extracting(LiveCentreOption::id).containsExactly(centre);
        assertThat(accounts.as(own, () -> live.centre(centre, at(DAY, "15:00"))).centreId()).isEqualTo(centre);
    }
}
