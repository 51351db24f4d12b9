package org.servicecentre.occupancy.city;

import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * A year of a city's activity, room by room and day by day: how many bookings each room-day gets (the asked total
 * spread exactly over open room-days by how busy the day is and how popular the room is), where they fall in the
 * day ({@link DayPlanner}) and what became of each (status, programme session). Walked twice with the same random
 * streams: once to learn the total weight of the bookings that took place (so that the asked check-ins can be
 * spread exactly), once to write ({@link ActivityWriter}).
 */
final class CityActivity {

    static final int ZONE_OFFSET_MINUTES = 8 * 60; // Asia/Shanghai, no daylight saving since 1991

    /** One booking as decided by the walk. */
    static final class Booking {
        int room;
        int centre;
        LocalDate day;
        int dayIndex;
        int blockedFrom;
        int starts;
        int ends;
        int blockedUntil;
        int rangeEnd;
        int organisation; // 0..ORGANISATIONS_PER_CENTRE-1
        int programme; // -1: none, 0: with registration, 1: drop-in
        int expected;
        String status;
    }

    interface Sink {
        void booking(Booking booking);

        /** After each room's bookings. */
        default void roomDone(int room) {
        }
    }

    private final CityScale scale;
    private final CityPlaces places;
    private final long nowEpoch;

    CityActivity(CityScale scale, CityPlaces places) {
        this.scale = scale;
        this.places = places;
        this.nowEpoch = epoch(scale.now().toLocalDate(), scale.now().getHour() * 60 + scale.now().getMinute());
    }

    static long epoch(LocalDate day, int minute) {
        return (day.toEpochDay() * 1440 + minute - ZONE_OFFSET_MINUTES) * 60;
    }

    private double popularity(int room) {
        return new SplittableRandom(scale.seed() * 1_000_003 + room).nextDouble(0.6, 1.4);
    }

    private int[][] ranges(int room, int dayIndex, LocalDate day) {
        int closedFrom = places.roomClosedFrom[room];
        if (closedFrom >= 0 && dayIndex >= closedFrom && dayIndex < closedFrom + 3) {
            return new int[0][];
        }
        return CityCalendar.openRanges(CityCalendar.template(room / scale.roomsPerCentre()), day);
    }

    private double totalWeight() {
        double total = 0;
        for (int room = 0; room < scale.rooms(); room++) {
            double popularity = popularity(room);
            for (int d = 0; d < scale.days(); d++) {
                LocalDate day = scale.firstDay().plusDays(d);
                if (ranges(room, d, day).length > 0) {
                    total += CityCalendar.dayWeight(day) * popularity;
                }
            }
        }
        return total;
    }

    /**
     * How many bookings each room-day gets: the asked total spread exactly by day weight and room popularity, each
     * room-day capped at what its hours hold; what the caps cut off goes one by one to room-days with time to spare.
     */
    private short[] plan() {
        double total = totalWeight();
        if (total == 0 && scale.bookings() > 0) {
            throw new IllegalStateException("the city is never open");
        }
        int days = scale.days();
        short[] plan = new short[scale.rooms() * days];
        double cumulative = 0;
        long assigned = 0;
        long overflow = 0;
        for (int room = 0; room < scale.rooms(); room++) {
            double popularity = popularity(room);
            for (int d = 0; d < days; d++) {
                LocalDate day = scale.firstDay().plusDays(d);
                int[][] ranges = ranges(room, d, day);
                if (ranges.length == 0) {
                    continue;
                }
                cumulative += CityCalendar.dayWeight(day) * popularity;
                long target = Math.min(scale.bookings(), (long) Math.floor(scale.bookings() * (cumulative / total)));
                long want = target - assigned;
                assigned = target;
                int n = (int) Math.min(want, capacity(room, ranges));
                overflow += want - n;
                plan[room * days + d] = (short) n;
            }
        }
        overflow += scale.bookings() - assigned;
        while (overflow > 0) {
            long before = overflow;
            for (int i = 0; i < plan.length && overflow > 0; i++) {
                int room = i / days;
                int d = i % days;
                LocalDate day = scale.firstDay().plusDays(d);
                int[][] ranges = ranges(room, d, day);
                if (ranges.length > 0 && plan[i] < capacity(room, ranges)) {
                    plan[i]++;
                    overflow--;
                }
            }
            if (overflow == before) {
                throw new IllegalStateException("the city's open hours hold " + (scale.bookings() - overflow)
                        + " bookings, not " + scale.bookings() + ": add rooms or days");
            }
        }
        return plan;
    }

    private int capacity(int room, int[][] ranges) {
        return Math.min(MAX_PER_DAY, DayPlanner.capacity(ranges, places.roomSetup[room], places.roomCleanup[room]));
    }

    static final int MAX_PER_DAY = 200;

    /** Walks every booking in room order, then day order, then start order. */
    void walk(Sink sink) {
        short[] plan = plan();
        var planner = new DayPlanner();
        int[][] slots = new int[MAX_PER_DAY][4];
        var booking = new Booking();
        for (int room = 0; room < scale.rooms(); room++) {
            var random = new SplittableRandom(scale.seed() * 7_919 + room * 2_654_435_761L);
            int setup = places.roomSetup[room];
            int cleanup = places.roomCleanup[room];
            for (int d = 0; d < scale.days(); d++) {
                int n = plan[room * scale.days() + d];
                if (n == 0) {
                    continue;
                }
                LocalDate day = scale.firstDay().plusDays(d);
                int[][] ranges = ranges(room, d, day);
                int placed = planner.place(ranges, setup, cleanup, n, day.getDayOfWeek(), random, slots);
                if (placed != n) {
                    throw new IllegalStateException("placed " + placed + " of " + n + " bookings in room " + room);
                }
                for (int i = 0; i < placed; i++) {
                    decide(booking, room, d, day, slots[i], ranges, random);
                    sink.booking(booking);
                }
            }
            sink.roomDone(room);
        }
    }

    private void decide(Booking b, int room, int dayIndex, LocalDate day, int[] slot, int[][] ranges,
            SplittableRandom random) {
        b.room = room;
        b.centre = room / scale.roomsPerCentre();
        b.day = day;
        b.dayIndex = dayIndex;
        b.blockedFrom = slot[0];
        b.starts = slot[1];
        b.ends = slot[2];
        b.blockedUntil = slot[3];
        b.rangeEnd = slot[3];
        for (int[] range : ranges) {
            if (slot[0] >= range[0] && slot[3] <= range[1]) {
                b.rangeEnd = range[1];
            }
        }
        b.organisation = random.nextInt(CityScale.ORGANISATIONS_PER_CENTRE);
        int capacity = places.roomCapacity[room];
        b.expected = 2 + random.nextInt(Math.max(1, capacity - 1));
        double roll = random.nextDouble();
        long starts = epoch(day, b.starts);
        long ends = epoch(day, b.ends);
        if (ends <= nowEpoch) {
            b.status = roll < 0.06 ? "CANCELLED" : roll < 0.08 ? "DECLINED" : roll < 0.14 ? "RELEASED" : "COMPLETED";
        } else if (starts < nowEpoch) {
            b.status = "CONFIRMED";
        } else {
            b.status = roll < 0.05 ? "CANCELLED" : roll < 0.15 ? "REQUESTED" : "CONFIRMED";
        }
        double session = random.nextDouble();
        b.programme = b.status.equals("DECLINED") || b.status.equals("REQUESTED") ? -1
                : session < 0.35 ? 0 : session < 0.55 ? 1 : -1;
    }

    static boolean tookPlace(Booking booking) {
        return booking.status.equals("COMPLETED");
    }
}
