package org.servicecentre.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.servicecentre.ServiceCentreTest;
import org.servicecentre.security.Role;
import org.servicecentre.security.StaffMember;
import org.servicecentre.shared.DomainException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Confirming that a booking has started, at a kiosk of 高新区 (GXQ): who may, when (from 30 minutes before the start
 * until the end), of which bookings, and that the first confirmation stays. The bookings lie weeks ahead; the time of
 * the scan is given, so the rules are tested to the minute.
 */
@ServiceCentreTest
@RecordApplicationEvents
class BookingStartsIntegrationTest {

    @Autowired
    BookingStarts starts;

    @Autowired
    BookingService bookings;

    @Autowired
    BookingQueries queries;

    @Autowired
    BookingStartFixtures fixtures;

    @Autowired
    ApplicationEvents events;

    private long gxq;
    private long organisation;
    private StaffMember socialWorker;

    @BeforeEach
    void anOrganisationWithAStaffMember() {
        gxq = fixtures.centre("GXQ");
        organisation = fixtures.organisation();
        socialWorker = new StaffMember(1_000_001L, "周社工", Role.NGO_STAFF, organisation, Set.of());
    }

    @Test
    void confirmsFromHalfAnHourBeforeTheStartAndTellsTheNoShowReleaseOnce() {
        var booking = booked();
        var at = booking.start().minus(Duration.ofMinutes(30));

        var confirmation = atKiosk(gxq, () -> starts.confirm(booking.id(), socialWorker, gxq, at));

        assertThat(confirmation.first()).isTrue();
        assertThat(confirmation.booking().started()).isEqualTo(new BookingStarted(at, socialWorker.userId(), "周社工",
                BookingStartMethod.KIOSK_STAFF_CODE));
        assertThat(events.stream(BookingStartConfirmed.class).filter(e -> e.bookingId() == booking.id()))
                .singleElement().satisfies(e -> {
                    assertThat(e.confirmedAt()).isEqualTo(at);
                    assertThat(e.method()).isEqualTo(BookingStartMethod.KIOSK_STAFF_CODE);
                    assertThat(e.organisationId()).isEqualTo(organisation);
                });
        var seen = fixtures.as("manager", () -> queries.get(booking.id()));
        assertThat(seen.started().at()).isEqualTo(at);
        assertThat(seen.mayConfirmStart()).isFalse();
    }

    @Test
    void aSecondConfirmationKeepsTheFirstTimeAndPerson() {
        var booking = booked();
        var first = booking.start().plus(Duration.ofMinutes(2));
        var manager = new StaffMember(1_000_002L, "王经理", Role.CENTRE_MANAGER, null, Set.of(gxq));
        atKiosk(gxq, () -> starts.confirm(booking.id(), socialWorker, gxq, first));

        var again = atKiosk(gxq, () -> starts.confirm(booking.id(), manager, gxq, first.plus(Duration.ofMinutes(20))));

        assertThat(again.first()).isFalse();
        assertThat(again.booking().started().at()).isEqualTo(first);
        assertThat(again.booking().started().byName()).isEqualTo("周社工");
        assertThat(events.stream(BookingStartConfirmed.class).filter(e -> e.bookingId() == booking.id())).hasSize(1);
    }

    @Test
    void refusesStaffOfAnotherOrganisationAndManagersOfOtherCentres() {
        var booking = booked();
        var at = booking.start();
        var otherNgo = new StaffMember(1_000_003L, "别的社工", Role.NGO_STAFF, fixtures.organisation(), Set.of());
        var otherManager = new StaffMember(1_000_004L, "别的经理", Role.CENTRE_MANAGER, null,
                Set.of(fixtures.centre("KJY")));
        var officer = new StaffMember(1_000_005L, "街道干部", Role.REGION_OFFICER, null, Set.of());

        refused(() -> starts.confirm(booking.id(), otherNgo, gxq, at), "BOOKING_START_NOT_ENTITLED");
        refused(() -> starts.confirm(booking.id(), otherManager, gxq, at), "BOOKING_START_NOT_ENTITLED");
        refused(() -> starts.confirm(booking.id(), officer, gxq, at), "BOOKING_START_NOT_ENTITLED");
    }

    @Test
    void aManagerOfTheCentreAndAnAdminMayConfirm() {
        var one = booked();
        var other = booked();
        var manager = new StaffMember(1_000_006L, "王经理", Role.CENTRE_MANAGER, null, Set.of(gxq));
        var admin = new StaffMember(1_000_007L, "管理员", Role.ADMIN, null, Set.of());

        assertThat(atKiosk(gxq, () -> starts.confirm(one.id(), manager, gxq, one.start())).first()).isTrue();
        assertThat(atKiosk(gxq, () -> starts.confirm(other.id(), admin, gxq, other.start())).first()).isTrue();
    }

    @Test
    void refusesAtAKioskOfAnotherCentre() {
        var booking = booked();
        long kjy = fixtures.centre("KJY");

        assertThatThrownBy(() -> atKiosk(kjy, () -> starts.confirm(booking.id(), socialWorker, kjy, booking.start())))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("BOOKING_START_OTHER_CENTRE"));
        assertThatThrownBy(() -> atKiosk(kjy, () -> starts.confirm(booking.id(), socialWorker, gxq, booking.start())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void refusesMoreThanHalfAnHourBeforeTheStartAndFromTheEndOn() {
        var booking = booked();

        assertThatThrownBy(() -> atKiosk(gxq, () -> starts.confirm(booking.id(), socialWorker, gxq,
                booking.start().minus(Duration.ofMinutes(31))))).isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("BOOKING_START_TOO_EARLY");
                    assertThat(e.arguments()).containsExactly(BookingTimes.at(
                            booking.start().minus(Duration.ofMinutes(30)), booking.zone()));
                });
        refused(() -> starts.confirm(booking.id(), socialWorker, gxq, booking.end()), "BOOKING_START_OVER");
        assertThat(fixtures.as("manager", () -> queries.get(booking.id())).started()).isNull();
    }

    @Test
    void refusesACancelledBooking() {
        var booking = booked();
        fixtures.as("manager", () -> bookings.cancel(booking.id(), "测试取消"));

        refused(() -> starts.confirm(booking.id(), socialWorker, gxq, booking.start()), "BOOKING_START_NOT_CONFIRMED");
    }

    @Test
    void aBookingMovedToLaterForgetsAStartConfirmedBeforeButALaterEndKeepsIt() {
        var kept = booked();
        var moved = booked();
        atKiosk(gxq, () -> starts.confirm(kept.id(), socialWorker, gxq, kept.start().minus(Duration.ofMinutes(20))));
        atKiosk(gxq, () -> starts.confirm(moved.id(), socialWorker, gxq, moved.start().minus(Duration.ofMinutes(20))));

        fixtures.as("manager", () -> bookings.change(kept.id(), new BookingDraft(kept.roomId(), kept.start(),
                kept.end().plus(Duration.ofMinutes(30)), kept.purpose(), null, kept.expectedAttendance(), null)));
        fixtures.as("manager", () -> bookings.change(moved.id(), new BookingDraft(moved.roomId(),
                moved.start().plus(Duration.ofHours(1)), moved.end().plus(Duration.ofHours(1)), moved.purpose(), null,
                moved.expectedAttendance(), null)));

        assertThat(fixtures.as("manager", () -> queries.get(kept.id())).started()).isNotNull();
        assertThat(fixtures.as("manager", () -> queries.get(moved.id())).started()).isNull();
    }

    @Test
    void listsWhatAStaffMemberMayStartNowAndTheirNextOneLaterThatDay() {
        var now = fixtures.bookNow(fixtures.room(), organisation, -10, 60);
        var soon = fixtures.bookNow(fixtures.room(), organisation, 25, 60);
        var later = fixtures.bookNow(fixtures.room(), organisation, 40, 60);
        var elsewhere = fixtures.bookNow(fixtures.room(), fixtures.organisation(), -10, 60);

        var at = Instant.now();
        var candidates = atKiosk(gxq, () -> starts.startable(socialWorker, gxq, at));

        assertThat(candidates.now()).extracting(StartableBooking::id).containsExactly(now.id(), soon.id());
        assertThat(candidates.now().getFirst().organisationName()).startsWith("开始确认测试社工站");
        boolean laterToday = later.start().atZone(later.zone()).toLocalDate()
                .equals(at.atZone(later.zone()).toLocalDate());
        assertThat(candidates.later() == null ? null : candidates.later().id())
                .isEqualTo(laterToday ? later.id() : null);
        assertThat(candidates.now()).extracting(StartableBooking::id).doesNotContain(elsewhere.id());
    }

    @Test
    void atTenToMidnightABookingStartingAfterMidnightIsOfferedButTomorrowMorningsIsNotLaterToday() {
        var zone = fixtures.bookAhead(fixtures.room(), organisation).zone();
        var midnight = LocalDate.now(zone).plusDays(10).atStartOfDay(zone).toInstant();
        var eveningOnNow = fixtures.bookAt(fixtures.room(), organisation, midnight.minus(Duration.ofMinutes(40)), 60);
        var justAfterMidnight = fixtures.bookAt(fixtures.room(), organisation,
                midnight.plus(Duration.ofMinutes(15)), 60);
        fixtures.bookAt(fixtures.room(), organisation, midnight.plus(Duration.ofHours(9)), 60);

        var at = midnight.minus(Duration.ofMinutes(10));
        var candidates = atKiosk(gxq, () -> starts.startable(socialWorker, gxq, at));

        assertThat(candidates.now()).extracting(StartableBooking::id)
                .containsExactly(eveningOnNow.id(), justAfterMidnight.id());
        assertThat(candidates.later()).isNull();
        assertThat(atKiosk(gxq, () -> starts.confirm(justAfterMidnight.id(), socialWorker, gxq, at)).first()).isTrue();
    }

    @Test
    void staffOfTheOrganisationConfirmFromTheBookingInTheApp() {
        var member = fixtures.account(Role.NGO_STAFF, "林社工", organisation, Set.of());
        var booking = fixtures.bookNow(fixtures.room(), organisation, -5, 90);
        var outsider = fixtures.account(Role.NGO_STAFF, "外人", fixtures.organisation(), Set.of());

        var before = fixtures.as(member, () -> queries.get(booking.id()));
        assertThatThrownBy(() -> fixtures.as(outsider, () -> starts.confirmInApp(booking.id())))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("BOOKING_START_NOT_ENTITLED"));
        var after = fixtures.as(member, () -> starts.confirmInApp(booking.id()));

        assertThat(before.mayConfirmStart()).isTrue();
        assertThat(after.started().method()).isEqualTo(BookingStartMethod.STAFF);
        assertThat(after.started().byName()).isEqualTo("林社工");
        assertThat(after.started().byId()).isEqualTo(fixtures.userId(member));
        assertThat(after.mayConfirmStart()).isFalse();
    }

    /** A confirmed booking of the organisation in a fresh room of GXQ, 14:00–16:00 on a weekday weeks ahead. */
    private BookingSummary booked() {
        return fixtures.bookAhead(fixtures.room(), organisation);
    }

    private void refused(java.util.function.Supplier<?> call, String code) {
        assertThatThrownBy(() -> atKiosk(gxq, call)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo(code));
    }

    private <T> T atKiosk(long centreId, java.util.function.Supplier<T> call) {
        return fixtures.asKiosk(centreId, call);
    }
}
