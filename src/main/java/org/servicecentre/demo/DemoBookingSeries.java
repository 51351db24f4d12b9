package org.servicecentre.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import org.servicecentre.booking.BookingSeriesService;
import org.servicecentre.booking.ConflictPolicy;
import org.servicecentre.booking.SeriesDraft;
import org.servicecentre.centre.CentreService;
import org.servicecentre.centre.OpeningHoursService;
import org.servicecentre.organisation.OrganisationService;
import org.servicecentre.shared.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Two recurring bookings for this term, from today for twelve weeks, skipping closures (New Year, Spring Festival)
 * and whatever is already booked: 启航社工's after-school class (四点半课堂) in 科技园's children's room every Tuesday
 * and Thursday 16:30–18:00, and the volunteers' tai chi for older residents (长者太极) in its elders' room every
 * Wednesday 09:00–10:30. Occurrences earlier today than now are skipped as past.
 */
@Component
@Order(55)
class DemoBookingSeries implements DemoLayer {

    private static final Logger log = LoggerFactory.getLogger(DemoBookingSeries.class);
    private static final int TERM_WEEKS = 12;

    private final BookingSeriesService series;
    private final CentreService centres;
    private final OpeningHoursService hours;
    private final OrganisationService organisations;
    private final Clock clock;

    DemoBookingSeries(BookingSeriesService series, CentreService centres, OpeningHoursService hours,
                      OrganisationService organisations, Clock clock) {
        this.series = series;
        this.centres = centres;
        this.hours = hours;
        this.organisations = organisations;
        this.clock = clock;
    }

    @Override
    public void seed() {
        var zone = centres.getByCode("KJY").timeZone();
        var today = LocalDate.now(clock.withZone(zone));
        var lastDay = today.with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY))
                .plusWeeks(TERM_WEEKS).minusDays(1);
        var until = lastDay.format(DateTimeFormatter.BASIC_ISO_DATE);
        book("KIDS", "QIHANG", today, zone, "16:30", "18:00", "FREQ=WEEKLY;BYDAY=TU,TH;UNTIL=" + until,
                "四点半课堂：作业辅导与亲子阅读", 25);
        book("ELDER", "YH-VOL", today, zone, "09:00", "10:30", "FREQ=WEEKLY;BYDAY=WE;UNTIL=" + until,
                "长者太极：健身气功与八段锦", 20);
    }

    private void book(String roomCode, String organisationCode, LocalDate today, ZoneId zone, String start, String end,
                      String rule, String purpose, int attendance) {
        long centre = centres.getByCode("KJY").id();
        var room = hours.rooms(centre).stream().filter(r -> roomCode.equals(r.code())).findFirst();
        if (room.isEmpty()) {
            return;
        }
        var draft = SeriesDraft.of(room.get().id(), today.atTime(LocalTime.parse(start)).atZone(zone).toInstant(),
                today.atTime(LocalTime.parse(end)).atZone(zone).toInstant(), rule, purpose, attendance,
                organisation(organisationCode));
        try {
            var result = series.create(draft, ConflictPolicy.SKIP);
            log.debug("Demo series {}: {} booked, {} skipped", purpose, result.created().size(), result.skipped().size());
        } catch (DomainException e) {
            // a demo must start on any day of the year; a series it cannot book is left out
            log.warn("Demo series {} not booked: {}", purpose, e.getMessage());
        }
    }

    private long organisation(String code) {
        return organisations.list(code, null, 0, 10).stream().filter(o -> o.code().equals(code)).findFirst()
                .orElseThrow().id();
    }
}
