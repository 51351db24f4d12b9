package org.servicecentre.checkin;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import org.servicecentre.centre.CentreService;
import org.servicecentre.centre.DayHours;
import org.servicecentre.centre.OpeningHoursService;
import org.servicecentre.centre.TimeRange;
import org.servicecentre.programme.AttendanceDesk;
import org.servicecentre.security.SystemAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Closes visits still open at closing time, marked as closed automatically (their length is not a real stay). A visit
 * ends at the later of the centre's closing time that day and its session's end; one begun after both (an evening
 * event past the hours) ends at midnight. Idempotent: each visit is closed by one conditional update, so two nodes
 * running this at once close it once.
 */
@Component
class VisitCloser {

    private static final Logger log = LoggerFactory.getLogger(VisitCloser.class);
    private static final int BATCH = 500;

    private final CheckIns checkIns;
    private final OpeningHoursService hours;
    private final CentreService centres;
    private final AttendanceDesk desk;

    VisitCloser(CheckIns checkIns, OpeningHoursService hours, CentreService centres, AttendanceDesk desk) {
        this.checkIns = checkIns;
        this.hours = hours;
        this.centres = centres;
        this.desk = desk;
    }

    /** Closes every visit whose closing time has passed at {@code now}; returns how many it closed. */
    @Transactional
    public int closeDue(Instant now) {
        return SystemAuthentication.asSystem(() -> {
            var closingTimes = new HashMap<String, Instant>();
            var zones = new HashMap<Long, ZoneId>();
            int closed = 0;
            int closedInBatch;
            do {
                // oldest first: after a long downtime, batch after batch until what is left is not due yet
                closedInBatch = 0;
                for (var visit : checkIns.openBefore(now, Limit.of(BATCH))) {
                    var zone = zones.computeIfAbsent(visit.centreId(),
                            id -> centres.places(List.of(id)).get(id).zone());
                    var day = visit.scannedAt().atZone(zone).toLocalDate();
                    var closing = closingTimes.computeIfAbsent(visit.centreId() + "/" + day,
                            key -> closingTime(visit.centreId(), day, zone));
                    var ends = endOf(visit, closing, day, zone);
                    if (!ends.isAfter(now) && checkIns.close(visit.id(), ends, true) == 1) {
                        closedInBatch++;
                    }
                }
                closed += closedInBatch;
            } while (closedInBatch == BATCH);
            if (closed > 0) {
                log.info("Closed {} visits left open at closing time", closed);
            }
            return closed;
        });
    }

    private Instant endOf(CheckIn visit, Instant closing, LocalDate day, ZoneId zone) {
        var end = closing;
        if (visit.sessionId() != null) {
            var sessionEnd = desk.session(visit.sessionId()).end();
            end = end == null || sessionEnd.isAfter(end) ? sessionEnd : end;
        }
        if (end == null || !end.isAfter(visit.scannedAt())) {
            end = day.plusDays(1).atStartOfDay(zone).toInstant();
        }
        return end;
    }

    /** When the centre closed that day (the end of its last range), or null when it kept no hours. */
    private Instant closingTime(long centreId, LocalDate day, ZoneId zone) {
        DayHours kept = hours.days(centreId, day, day).getFirst();
        var last = kept.ranges().stream().map(TimeRange::endMinute).max(Integer::compare);
        return last.map(minute -> day.atStartOfDay(zone).plusMinutes(minute).toInstant()).orElse(null);
    }
}
