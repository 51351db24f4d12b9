package org.servicecentre.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicecentre.booking.BookingFixtures.at;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.servicecentre.centre.RoomSummary;
import org.servicecentre.shared.DomainException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The no-double-booking guarantee under concurrency, run against each database by a subclass: fifty callers of
 * {@link BookingService#create}, released together, for one slot or for overlapping slots of one fresh room. Losers
 * must read "slot taken" (checked first) or "slot just taken" (lost at the lock or the constraint), nothing else.
 */
abstract class BookingRaceScenarios {

    static final int RACERS = 50;
    static final Set<String> LOST = Set.of("BOOKING_SLOT_TAKEN", "BOOKING_SLOT_JUST_TAKEN");

    /** Pairs of bookings of one room that both hold it and whose blocked ranges (buffers included) overlap. */
    static final String OVERLAPPING_PAIRS = """
            select count(*) from booking a join booking b on a.room_id = b.room_id and a.id < b.id
            where a.status in ('REQUESTED', 'CONFIRMED') and b.status in ('REQUESTED', 'CONFIRMED')
              and a.blocked_from < b.blocked_until and b.blocked_from < a.blocked_until""";

    @Autowired
    BookingService bookings;

    @Autowired
    BookingFixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void fiftyCallersRacingForOneSlotGiveExactlyOneBooking() throws Exception {
        var room = fixtures.room(30, 10, false);
        var day = fixtures.openWeekday(room, 21);
        var draft = BookingFixtures.draft(room, at(day, "14:00"), at(day, "16:00"), 20);

        var outcomes = BookingRace.run(RACERS, racer -> fixtures.as("ngo", () -> bookings.create(draft)));

        assertThat(outcomes).filteredOn(BookingRace.Outcome::won).hasSize(1);
        assertOnlySlotTaken(outcomes);
        assertThat(holding(room)).isEqualTo(1);
        assertThat(jdbc.queryForObject(OVERLAPPING_PAIRS, Long.class)).isZero();
    }

    @Test
    void fiftyCallersRacingForOverlappingSlotsLeaveOnlyBookingsThatDoNotOverlap() throws Exception {
        int buffer = 15;
        var room = fixtures.room(30, buffer, false);
        var day = fixtures.openWeekday(room, 22);
        var opens = at(day, "10:00");
        var random = new Random(4711);
        var slots = new Instant[RACERS][];
        for (int i = 0; i < RACERS; i++) {
            // starts every quarter of an hour from 10:00 to 20:00, 30 minutes to 2 hours long: all inside 10:00-22:00
            var start = opens.plus(Duration.ofMinutes(15L * random.nextInt(41)));
            slots[i] = new Instant[] {start, start.plus(Duration.ofMinutes(30L + 15L * random.nextInt(7)))};
        }
        long otherOrganisation = fixtures.organisation("YH-VOL");

        // NGO staff (bound by the centre's rules) and the centre's manager (booking for another organisation)
        var outcomes = BookingRace.run(RACERS, racer -> racer % 2 == 0
                ? fixtures.as("ngo", () -> bookings.create(draft(room, slots[racer], null)))
                : fixtures.as("manager", () -> bookings.create(draft(room, slots[racer], otherOrganisation))));

        var winners = outcomes.stream().filter(BookingRace.Outcome::won).map(o -> blocked(slots[o.racer()], buffer))
                .toList();
        assertThat(winners).isNotEmpty();
        for (int i = 0; i < winners.size(); i++) {
            for (int j = i + 1; j < winners.size(); j++) {
                assertThat(overlap(winners.get(i), winners.get(j)))
                        .as("winners %s and %s overlap", List.of(winners.get(i)), List.of(winners.get(j))).isFalse();
            }
        }
        assertOnlySlotTaken(outcomes);
        outcomes.stream().filter(o -> !o.won()).forEach(o -> assertThat(winners)
                .as("racer %d lost to a winner that overlaps its slot", o.racer())
                .anySatisfy(w -> assertThat(overlap(w, blocked(slots[o.racer()], buffer))).isTrue()));
        assertThat(holding(room)).isEqualTo(winners.size());
        assertThat(jdbc.queryForObject(OVERLAPPING_PAIRS, Long.class)).isZero();
    }

    long holding(RoomSummary room) {
        return jdbc.queryForObject("select count(*) from booking where room_id = ? and status in ('REQUESTED', "
                + "'CONFIRMED')", Long.class, room.id());
    }

    private static BookingDraft draft(RoomSummary room, Instant[] slot, Long organisationId) {
        return new BookingDraft(room.id(), slot[0], slot[1], "并发测试", organisationId, 10, null);
    }

    private static Instant[] blocked(Instant[] slot, int bufferMinutes) {
        return new Instant[] {slot[0].minus(Duration.ofMinutes(bufferMinutes)),
                slot[1].plus(Duration.ofMinutes(bufferMinutes))};
    }

    private static boolean overlap(Instant[] a, Instant[] b) {
        return a[0].isBefore(b[1]) && b[0].isBefore(a[1]);
    }

    /** Also says how the losers lost, so that a run shows whether the lock or constraint path was taken at all. */
    private void assertOnlySlotTaken(List<? extends BookingRace.Outcome<?>> outcomes) {
        System.out.println(getClass().getSimpleName() + ": " + outcomes.stream().collect(
                java.util.stream.Collectors.groupingBy(o -> o.won() ? "won" : o.failure() instanceof DomainException e
                        ? e.code() : o.failure().getClass().getSimpleName(), java.util.TreeMap::new,
                        java.util.stream.Collectors.counting())));
        outcomes.stream().filter(o -> !o.won()).forEach(o -> assertThat(o.failure())
                .as("what racer %d got", o.racer())
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isIn(LOST)));
    }
}
