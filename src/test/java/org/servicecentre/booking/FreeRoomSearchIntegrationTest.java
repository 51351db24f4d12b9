package org.servicecentre.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicecentre.booking.BookingFixtures.at;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.servicecentre.ServiceCentreTest;
import org.servicecentre.centre.ClosureDraft;
import org.servicecentre.centre.OpeningHoursService;
import org.servicecentre.centre.RoomSummary;
import org.servicecentre.security.SystemAuthentication;
import org.springframework.beans.factory.annotation.Autowired;

/** The free-room search: hours, closures, buffers and capacity, smallest room first. */
@ServiceCentreTest
class FreeRoomSearchIntegrationTest {

    @Autowired
    FreeRoomSearch search;
    @Autowired
    BookingService bookings;
    @Autowired
    OpeningHoursService hours;
    @Autowired
    BookingFixtures fixtures;

    @Test
    void findsRoomsOpenAndFreeForTheWholeSlotBuffersIncludedSmallestFirst() {
        var big = fixtures.room(40, 15, false);
        var small = fixtures.room(12, 0, false);
        var closed = fixtures.room(30, 0, false);
        var day = fixtures.openWeekday(big, 25);
        SystemAuthentication.asSystem(() -> {
            var closure = new ClosureDraft();
            closure.setRoomId(closed.id());
            closure.setFirstDay(day);
            closure.setLastDay(day);
            closure.setReason("维修");
            return hours.addClosure(closed.centreId(), closure);
        });
        var ours = Set.of(big.id(), small.id(), closed.id());

        assertThat(ours(free(day, "14:00", "16:00", 10), ours)).containsExactly(small.id(), big.id());
        assertThat(ours(free(day, "14:00", "16:00", 20), ours)).containsExactly(big.id());
        // the centre opens at 10:00
        assertThat(ours(free(day, "09:00", "11:00", 10), ours)).isEmpty();

        fixtures.as("ngo", () -> bookings.create(BookingFixtures.draft(big, at(day, "16:20"), at(day, "17:00"), 5)));

        // 16:00 + 15 minutes of clean-up meets the 15 minutes of set-up before 16:20
        assertThat(ours(free(day, "14:00", "16:00", 10), ours)).containsExactly(small.id());
        assertThat(ours(free(day, "14:00", "15:50", 10), ours)).containsExactly(small.id(), big.id());
        // the closure is of one room only
        assertThat(ours(free(fixtures.openWeekday(big, 33), "14:00", "16:00", 25), ours)).contains(closed.id());
    }

    private List<RoomSummary> free(java.time.LocalDate day, String start, String end, int capacity) {
        return fixtures.as("ngo", () -> search.search(new FreeRoomQuery(
                List.of(new TimeSlot(at(day, start), at(day, end))), capacity, Set.of(), null)));
    }

    private static List<Long> ours(List<RoomSummary> found, Set<Long> ours) {
        return found.stream().map(RoomSummary::id).filter(ours::contains).toList();
    }
}
