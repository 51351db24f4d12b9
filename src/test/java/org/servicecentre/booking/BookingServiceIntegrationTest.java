package org.servicecentre.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.servicecentre.booking.BookingFixtures.at;
import static org.servicecentre.booking.BookingFixtures.draft;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.servicecentre.ServiceCentreTest;
import org.servicecentre.security.SystemAuthentication;
import org.servicecentre.shared.DomainException;
import org.servicecentre.shared.NotFoundException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

/** Booking a room: states, the checks that refuse with a reason, and who may do what. Each test has its own room. */
@ServiceCentreTest
class BookingServiceIntegrationTest {

    @Autowired
    BookingService bookings;

    @Autowired
    BookingQueries queries;

    @Autowired
    BookingFixtures fixtures;

    @Test
    @WithUserDetails("ngo")
    void confirmsABookingOfARoomWithoutApprovalAndRefusesAnOverlapIncludingBuffers() {
        var room = fixtures.room(20, 15, false);
        var day = fixtures.openWeekday(room, 14);

        var booked = bookings.create(draft(room, at(day, "14:00"), at(day, "16:00"), 12));

        assertThat(booked.status()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(booked.mine()).isTrue();
        // 16:15 starts inside the 15 + 15 minutes of clean-up and set-up after 16:00
        assertThatThrownBy(() -> bookings.create(draft(room, at(day, "16:15"), at(day, "17:00"), 5)))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("BOOKING_SLOT_TAKEN");
                    assertThat(e.arguments()).containsExactly(day + " 14:00–16:00");
                });
        assertThat(bookings.create(draft(room, at(day, "16:30"), at(day, "17:00"), 5)).status())
                .isEqualTo(BookingStatus.CONFIRMED);
    }

    @Test
    void startsARequestWhereTheRoomNeedsApprovalAndLetsTheManagerDecide() {
        var room = fixtures.room(40, 0, true);
        var day = fixtures.openWeekday(room, 15);
        var requested = as("ngo", () -> bookings.create(draft(room, at(day, "10:00"), at(day, "12:00"), 30)));
        var declinedOne = as("ngo", () -> bookings.create(draft(room, at(day, "13:00"), at(day, "14:00"), 30)));
        assertThat(requested.status()).isEqualTo(BookingStatus.REQUESTED);

        var inbox = as("manager", () -> queries.inbox(room.centreId(), 0, 50));
        assertThat(inbox).extracting(BookingSummary::id).contains(requested.id(), declinedOne.id());
        assertThat(inbox).allSatisfy(b -> assertThat(b.mayDecide()).isTrue());

        assertThat(as("manager", () -> bookings.approve(requested.id(), null)).status())
                .isEqualTo(BookingStatus.CONFIRMED);
        assertThatThrownBy(() -> as("manager", () -> bookings.decline(declinedOne.id(), " ")))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("BOOKING_DECLINE_REASON_REQUIRED"));
        var declined = as("manager", () -> bookings.decline(declinedOne.id(), "当天有全区会议"));
        assertThat(declined.status()).isEqualTo(BookingStatus.DECLINED);
        assertThat(as("ngo", () -> queries.get(declinedOne.id())).decisionNote()).isEqualTo("当天有全区会议");
        assertThatThrownBy(() -> as("ngo", () -> bookings.approve(requested.id(), null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("ngo")
    void refusesBadInputWithAReasonAndWritesNothing() {
        var room = fixtures.room(10, 0, false);
        var day = fixtures.openWeekday(room, 16);
        var past = Instant.now().minusSeconds(7200);

        assertThat(codeOf(draft(room, at(day, "15:00"), at(day, "14:00"), 5))).isEqualTo("BOOKING_END_BEFORE_START");
        assertThat(codeOf(draft(room, at(day, "15:00"), at(day, "15:00"), 5))).isEqualTo("BOOKING_ZERO_LENGTH");
        assertThat(codeOf(draft(room, past, past.plusSeconds(3600), 5))).isEqualTo("BOOKING_IN_PAST");
        assertThat(codeOf(draft(room, at(day, "07:00"), at(day, "09:00"), 5))).isEqualTo("BOOKING_OUTSIDE_HOURS");
        assertThat(codeOf(draft(room, at(day, "15:00"), at(day, "16:00"), 11))).isEqualTo("BOOKING_OVER_CAPACITY");
        var far = day.plusDays(200);
        assertThat(codeOf(draft(room, at(far, "15:00"), at(far, "16:00"), 5))).isEqualTo("RULE_HORIZON");
        assertThat(codeOf(draft(room, at(day, "10:00"), at(day, "19:00"), 5))).isEqualTo("RULE_MAX_LENGTH");
        assertThatThrownBy(() -> bookings.create(new BookingDraft(999_999L, at(day, "15:00"), at(day, "16:00"),
                "x", null, 1, null))).isInstanceOf(NotFoundException.class);

        assertThat(queries.count(new BookingFilter(null, room.id(), null, null, null, null, ""))).isZero();
    }

    @Test
    void showsOtherOrganisationsBookingsToNgoStaffOnlyAsBusy() {
        var room = fixtures.room(20, 0, false);
        var day = fixtures.openWeekday(room, 17);
        long volunteers = fixtures.organisation("YH-VOL");
        var theirs = as("manager", () -> bookings.create(new BookingDraft(room.id(), at(day, "10:00"),
                at(day, "11:00"), "志愿者培训", volunteers, 10, null)));
        var mine = as("ngo", () -> bookings.create(draft(room, at(day, "14:00"), at(day, "15:00"), 10)));

        var seen = as("ngo", () -> queries.calendarOfRoom(room.id(), at(day, "00:00"), at(day.plusDays(1), "00:00")));

        assertThat(seen).extracting(CalendarEntry::id).containsExactly(theirs.id(), mine.id());
        assertThat(seen.getFirst().details()).isFalse();
        assertThat(seen.getFirst().purpose()).isNull();
        assertThat(seen.getFirst().organisationName()).isNull();
        assertThat(seen.get(1).purpose()).isEqualTo("测试预约");
        assertThat(seen.get(1).mine()).isTrue();
        assertThatThrownBy(() -> as("ngo", () -> queries.get(theirs.id()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("ngo", () -> bookings.cancel(theirs.id(), null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void appliesTheWeeklyQuotaAndTheCancellationCutOffToNgoStaffOnly() {
        var room = fixtures.room(20, 0, false);
        var day = fixtures.openWeekday(room, 18);
        // other tests may book for the same organisation in this centre and week: the quota leaves 3 h on top
        var monday = day.with(java.time.DayOfWeek.MONDAY);
        var holding = java.util.EnumSet.of(BookingStatus.REQUESTED, BookingStatus.CONFIRMED);
        long held = as("ngo", () -> queries.list(new BookingFilter(room.centreId(), null, null, holding,
                at(monday, "00:00"), at(monday.plusWeeks(1), "00:00"), ""), 0, 1000)).stream()
                .mapToLong(b -> java.time.Duration.between(b.start(), b.end()).toMinutes()).sum();
        var rules = new BookingRules(90, 60, 480, (int) held + 180, 1_440);
        as("manager", () -> rulesService.update(room.centreId(), rules));
        try {
            as("ngo", () -> bookings.create(draft(room, at(day, "10:00"), at(day, "12:00"), 5)));
            assertThatThrownBy(() -> as("ngo", () -> bookings.create(draft(room, at(day, "13:00"), at(day, "15:00"), 5))))
                    .isInstanceOfSatisfying(DomainException.class, e -> {
                        assertThat(e.code()).isEqualTo("RULE_WEEKLY_QUOTA");
                        assertThat(e.arguments()[1]).isEqualTo(monday.toString());
                        assertThat(e.arguments()[3]).isEqualTo("1h");
                    });
            long volunteers = fixtures.organisation("QIHANG");
            assertThat(as("manager", () -> bookings.create(new BookingDraft(room.id(), at(day, "13:00"),
                    at(day, "15:00"), "管理员代约", volunteers, 5, null))).status()).isEqualTo(BookingStatus.CONFIRMED);
        } finally {
            SystemAuthentication.asSystem(() -> rulesService.update(room.centreId(), BookingRules.DEFAULTS));
        }
    }

    @Autowired
    BookingRulesService rulesService;

    private String codeOf(BookingDraft draft) {
        try {
            bookings.create(draft);
            return "CREATED";
        } catch (DomainException e) {
            return e.code();
        }
    }

    private <T> T as(String user, java.util.function.Supplier<T> action) {
        return fixtures.as(user, action);
    }
}
