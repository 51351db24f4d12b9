package org.servicecentre.occupancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.servicecentre.booking.BookingStatus;
import org.servicecentre.centre.OpenInterval;

/** The rollup arithmetic on hand-computed days: midnight, time zones, partial hours, statuses. */
class RoomDayCalculatorUnitTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final LocalDate FRIDAY = LocalDate.of(2026, 10, 16);

    @Test
    void aSessionOverMidnightCountsOnBothDaysAndIsHeldOnTheDayItStarts() {
        // open Friday 20:00–24:00 and Saturday 00:00–02:00 (a late event night); booked 23:00–01:00
        var open = List.of(interval(FRIDAY, "20:00", FRIDAY.plusDays(1), "02:00"));
        var booking = new BookingFact(1, at(FRIDAY, "23:00"), at(FRIDAY.plusDays(1), "01:00"), BookingStatus.COMPLETED,
                true);

        var days = RoomDayCalculator.compute(7, 3, SHANGHAI, FRIDAY, FRIDAY.plusDays(1), open, List.of(booking),
                at(FRIDAY.plusDays(2), "00:00"));

        assertThat(days.get(0).figures()).isEqualTo(new UsageFigures(240, 60, 60, 1, 0, 0, 0));
        assertThat(days.get(1).figures()).isEqualTo(new UsageFigures(120, 60, 60, 0, 0, 0, 0));
        assertThat(days.get(0).bookedByHour()[23]).isEqualTo(60);
        assertThat(days.get(1).bookedByHour()[0]).isEqualTo(60);
        assertThat(days.get(1).openByHour()[1]).isEqualTo(60);
        assertThat(days.get(1).openByHour()[2]).isZero();
    }

    @Test
    void datesAndHoursAreTheCentresOwnNotUtc() {
        // 15:30 UTC is 23:30 in Shanghai: Friday's last half hour, not Friday afternoon
        var open = List.of(interval(FRIDAY, "00:00", FRIDAY.plusDays(1), "00:00"));
        var booking = new BookingFact(1, Instant.parse("2026-10-16T15:30:00Z"), Instant.parse("2026-10-16T16:00:00Z"),
                BookingStatus.CONFIRMED, false);

        var days = RoomDayCalculator.compute(7, 3, SHANGHAI, FRIDAY, FRIDAY.plusDays(1), open, List.of(booking),
                at(FRIDAY.plusDays(2), "00:00"));

        assertThat(days.get(0).bookedByHour()[23]).isEqualTo(30);
        assertThat(days.get(0).bookedByHour()[15]).isZero();
        assertThat(days.get(0).figures().unattendedBookings()).isEqualTo(1);
        assertThat(days.get(1).figures().bookedMinutes()).isZero();
    }

    @Test
    void partialHoursSplitAndFutureBookingsAreNotYetUnattended() {
        var open = List.of(interval(FRIDAY, "09:00", FRIDAY, "12:00"), interval(FRIDAY, "14:00", FRIDAY, "18:00"));
        var bookings = List.of(
                new BookingFact(1, at(FRIDAY, "10:30"), at(FRIDAY, "12:30"), BookingStatus.CONFIRMED, false),
                new BookingFact(2, at(FRIDAY, "13:00"), at(FRIDAY, "15:00"), BookingStatus.CONFIRMED, true),
                new BookingFact(3, at(FRIDAY, "16:00"), at(FRIDAY, "17:00"), BookingStatus.RELEASED, false),
                new BookingFact(4, at(FRIDAY, "17:00"), at(FRIDAY, "18:00"), BookingStatus.CANCELLED, false),
                new BookingFact(5, at(FRIDAY, "17:15"), at(FRIDAY, "17:45"), BookingStatus.CONFIRMED, false));

        var day = RoomDayCalculator.compute(7, 3, SHANGHAI, FRIDAY, FRIDAY, open, bookings, at(FRIDAY, "17:30"))
                .getFirst();

        assertThat(day.figures()).isEqualTo(new UsageFigures(420, 180, 60, 4, 1, 1, 1));
        assertThat(day.bookedByHour()[10]).isEqualTo(30);
        assertThat(day.bookedByHour()[11]).isEqualTo(60);
        assertThat(day.bookedByHour()[12]).isZero();
        assertThat(day.bookedByHour()[14]).isEqualTo(60);
        assertThat(day.bookedByHour()[17]).isEqualTo(30);
        assertThat(RoomDay.hours(RoomDay.hours(day.bookedByHour()))).containsExactly(day.bookedByHour());
    }

    private static OpenInterval interval(LocalDate fromDay, String from, LocalDate toDay, String to) {
        return new OpenInterval(at(fromDay, from), at(toDay, to));
    }

    private static Instant at(LocalDate day, String time) {
        return LocalDateTime.of(day, java.time.LocalTime.parse(time)).atZone(SHANGHAI).toInstant();
    }
}
