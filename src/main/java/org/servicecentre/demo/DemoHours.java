package org.servicecentre.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import org.servicecentre.centre.CentreService;
import org.servicecentre.centre.ClosureDraft;
import org.servicecentre.centre.HoursExceptionDraft;
import org.servicecentre.centre.OpeningHoursService;
import org.servicecentre.centre.TimeRange;
import org.servicecentre.centre.WeeklyHours;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opening hours of the four demo centres, the coming New Year and Spring Festival closures, one Saturday with
 * longer hours and, when the rooms layer has seeded rooms, one room under maintenance next week. Dates are
 * computed from the clock so the demo stays current.
 */
@Component
@Order(20)
class DemoHours implements DemoLayer {

    /** The first day of the Spring Festival (正月初一) in the coming years. */
    private static final List<LocalDate> SPRING_FESTIVALS = List.of(LocalDate.of(2026, 2, 17),
            LocalDate.of(2027, 2, 6), LocalDate.of(2028, 1, 26), LocalDate.of(2029, 2, 13), LocalDate.of(2030, 2, 3),
            LocalDate.of(2031, 1, 23), LocalDate.of(2032, 2, 11));

    private final CentreService centres;
    private final OpeningHoursService hours;
    private final Clock clock;

    DemoHours(CentreService centres, OpeningHoursService hours, Clock clock) {
        this.centres = centres;
        this.hours = hours;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void seed() {
        var weekdays = List.of(r("08:30", "12:00"), r("14:00", "21:00"));
        long kjy = week("KJY", weekdays, List.of(r("09:00", "17:00")), List.of());
        long gxq = week("GXQ", List.of(r("10:00", "22:00")), List.of(r("10:00", "18:00")), List.of(r("10:00", "18:00")));
        long ntc = centres.getByCode("NTC").id();
        var oldTown = List.of(r("09:00", "12:00"), r("14:00", "17:30"));
        hours.replaceWeeklyHours(ntc, new WeeklyHours(Map.of(DayOfWeek.TUESDAY, oldTown, DayOfWeek.WEDNESDAY, oldTown,
                DayOfWeek.THURSDAY, oldTown, DayOfWeek.FRIDAY, oldTown, DayOfWeek.SATURDAY, oldTown,
                DayOfWeek.SUNDAY, oldTown)));
        long tl = week("TL", weekdays, List.of(r("09:00", "17:00")), List.of(r("09:00", "12:00")));

        var today = LocalDate.now(clock.withZone(centres.get(kjy).timeZone()));
        var newYear = nextHoliday(today, MonthDay.of(1, 1), 3);
        var festival = SPRING_FESTIVALS.stream().filter(d -> !d.plusDays(5).isBefore(today)).findFirst();
        for (long centre : List.of(kjy, gxq, ntc, tl)) {
            hours.addClosure(centre, ClosureDraft.of(null, newYear, newYear.plusDays(2), "元旦假期闭馆"));
            festival.ifPresent(first -> hours.addClosure(centre, ClosureDraft.of(null, first.minusDays(1),
                    first.plusDays(5), "春节假期闭馆，初七起恢复开放")));
        }
        var nationalDay = nextHoliday(today, MonthDay.of(10, 1), 7).minusYears(1);
        hours.addClosure(kjy, ClosureDraft.of(null, nationalDay, nationalDay.plusDays(6), "国庆假期闭馆"));

        var saturday = today.plusDays(3).with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
        hours.addException(kjy, HoursExceptionDraft.of(saturday, List.of(r("08:30", "21:30")),
                "邻里文化节，延长开放"));

        var nextMonday = today.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        // the hall when the rooms layer made one, else any room
        hours.rooms(kjy).stream().min((a, b) -> Boolean.compare(!"HALL".equals(a.code()), !"HALL".equals(b.code())))
                .ifPresent(room -> hours.addClosure(kjy,
                ClosureDraft.of(room.id(), nextMonday, nextMonday.plusDays(2), "空调及音响设备检修")));
    }

    private long week(String code, List<TimeRange> weekdays, List<TimeRange> saturday, List<TimeRange> sunday) {
        long id = centres.getByCode(code).id();
        hours.replaceWeeklyHours(id, new WeeklyHours(Map.of(DayOfWeek.MONDAY, weekdays, DayOfWeek.TUESDAY, weekdays,
                DayOfWeek.WEDNESDAY, weekdays, DayOfWeek.THURSDAY, weekdays, DayOfWeek.FRIDAY, weekdays,
                DayOfWeek.SATURDAY, saturday, DayOfWeek.SUNDAY, sunday)));
        return id;
    }

    /** The first day of the next holiday starting on this day of the year that has not ended yet. */
    private static LocalDate nextHoliday(LocalDate today, MonthDay first, int days) {
        var start = first.atYear(today.getYear());
        return start.plusDays(days - 1L).isBefore(today) ? first.atYear(today.getYear() + 1) : start;
    }

    private static TimeRange r(String start, String end) {
        return TimeRange.parse(start, end);
    }
}
