package org.servicecentre.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.servicecentre.ServiceCentreTest;
import org.servicecentre.booking.BookingFilter;
import org.servicecentre.booking.BookingQueries;
import org.servicecentre.booking.BookingStatus;
import org.servicecentre.booking.BookingSummary;
import org.servicecentre.centre.CentreService;
import org.servicecentre.centre.RoomService;
import org.servicecentre.security.SystemAuthentication;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo fortnight of bookings, as seeded on start (whatever the weekday): busy, varied and without overlaps. */
@ServiceCentreTest
class DemoBookingsIntegrationTest {

    @Autowired
    BookingQueries queries;

    @Autowired
    CentreService centres;

    @Autowired
    RoomService rooms;

    @Autowired
    Clock clock;

    @Test
    void seedsBookingsInEveryDemoCentre() {
        var all = demoBookings();

        // the one-off fortnight (about 60; the Spring Festival closure can take a week of it); the weekly series of
        // DemoBookingSeries come on top
        assertThat(all).filteredOn(b -> b.seriesId() == null).hasSizeBetween(25, 100);
        assertThat(all.stream().map(BookingSummary::centreName).distinct()).hasSize(4);
        for (String code : List.of("KJY", "GXQ", "NTC", "TL")) {
            String name = SystemAuthentication.asSystem(() -> centres.getByCode(code).name());
            assertThat(all).as(code).filteredOn(b -> b.centreName().equals(name)).hasSizeGreaterThan(5);
        }
        assertThat(all).filteredOn(b -> b.status() == BookingStatus.CONFIRMED).hasSizeGreaterThan(all.size() / 2);
    }

    @Test
    void leavesRequestsForTheManagerADeclinedAndACancelledBooking() {
        var all = demoBookings();
        Set<String> managersCentres = SystemAuthentication.asSystem(() -> Set.of(centres.getByCode("KJY").name(),
                centres.getByCode("GXQ").name()));

        assertThat(all).filteredOn(b -> b.status() == BookingStatus.REQUESTED)
                .filteredOn(b -> managersCentres.contains(b.centreName())).hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(b -> assertThat(b.requestedBy()).isEqualTo("陈静"));
        assertThat(all).filteredOn(b -> b.status() == BookingStatus.DECLINED).singleElement()
                .satisfies(b -> assertThat(b.decisionNote()).isNotBlank());
        assertThat(all).filteredOn(b -> b.status() == BookingStatus.CANCELLED).singleElement()
                .satisfies(b -> assertThat(b.decisionNote()).isNotBlank());
    }

    @Test
    void holdsNoRoomTwiceBuffersIncluded() {
        var holding = demoBookings().stream().filter(b -> b.status().holdsRoom())
                .collect(Collectors.groupingBy(BookingSummary::roomId));

        holding.forEach((roomId, booked) -> {
            var room = SystemAuthentication.asSystem(() -> rooms.get(roomId));
            var sorted = booked.stream().sorted(Comparator.comparing(BookingSummary::start)).toList();
            for (int i = 1; i < sorted.size(); i++) {
                var before = sorted.get(i - 1);
                var after = sorted.get(i);
                assertThat(after.start().minus(Duration.ofMinutes(room.setupMinutes())))
                        .as("%s: %s after %s", room.name(), after.purpose(), before.purpose())
                        .isAfterOrEqualTo(before.end().plus(Duration.ofMinutes(room.cleanupMinutes())));
            }
        });
    }

    /**
     * The bookings of the demo centres' rooms (tests book their own rooms, named 测试活动室, or their own centres) that
     * have not ended: the fortnight ahead, without the past weeks of {@link DemoHistory}.
     */
    private List<BookingSummary> demoBookings() {
        var now = clock.instant();
        Set<Long> demoCentres = SystemAuthentication.asSystem(() -> Set.of(centres.getByCode("KJY").id(),
                centres.getByCode("GXQ").id(), centres.getByCode("NTC").id(), centres.getByCode("TL").id()));
        return SystemAuthentication.asSystem(() -> queries.list(new BookingFilter(null, null, null,
                EnumSet.allOf(BookingStatus.class), null, null, ""), 0, 5_000)).stream()
                .filter(b -> demoCentres.contains(b.centreId()))
                .filter(b -> !b.roomName().startsWith("测试活动室"))
                .filter(b -> b.end().isAfter(now)).toList();
    }
}
