package org.servicecentre.occupancy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.servicecentre.centre.OpeningHoursService;
import org.servicecentre.security.SystemAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the daily usage rollup ({@code room_day_usage}, summed per centre in {@code centre_day_usage}) in step with the raw data. A centre's days are settled once
 * they are over (the last settled day is computed once more the next time, for bookings running past midnight);
 * changed room-days of settled dates (see {@link UsageChanges}) are recomputed from the raw tables. System-level: it
 * reads every centre and shows nothing to anybody; the rollup job and tests call it with an explicit instant.
 */
@Service
public class UsageRollup {

    private static final Logger log = LoggerFactory.getLogger(UsageRollup.class);
    /** How far back a centre's first settlement reaches (a year and a bit, the longest period anyone reads). */
    static final int MAX_HISTORY_DAYS = UsagePeriod.MAX_DAYS;
    private static final int CHUNK_DAYS = 366;

    private final RoomDayStore store;
    private final OpeningHoursService hours;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    UsageRollup(RoomDayStore store, OpeningHoursService hours, JdbcTemplate jdbc, TransactionTemplate transactions) {
        this.store = store;
        this.hours = hours;
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /**
     * Settles every centre through the day before {@code now} (in its zone) and recomputes the marked room-days.
     * Returns the number of room-days computed.
     */
    public int catchUp(Instant now) {
        return SystemAuthentication.asSystem(() -> {
            int rows = 0;
            for (var centre : store.centres()) {
                try {
                    rows += settle(centre, now);
                } catch (RuntimeException e) {
                    // one centre's trouble must not stop the others; it is tried again on the next run
                    log.warn("Could not settle the room usage of centre {}", centre.centreId(), e);
                }
            }
            return rows + refreshMarked(now);
        });
    }

    /** Recomputes the rooms of one centre from scratch over the dates (e.g. after generating a synthetic city). */
    public int rebuild(long centreId, LocalDate from, LocalDate to, Instant now) {
        return SystemAuthentication.asSystem(() -> {
            var zone = zoneOf(centreId);
            int rows = 0;
            for (long room : store.countedRooms(centreId)) {
                rows += recompute(room, centreId, zone, from, to, now);
            }
            transactions.executeWithoutResult(status -> store.summarise(centreId, from, to));
            return rows;
        });
    }

    private int settle(RoomDayStore.CentreSettlement centre, Instant now) {
        var yesterday = now.atZone(centre.zone()).toLocalDate().minusDays(1);
        if (centre.settledThrough() != null && !centre.settledThrough().isBefore(yesterday)) {
            return 0;
        }
        LocalDate from;
        if (centre.settledThrough() != null) {
            from = centre.settledThrough();
        } else {
            var first = store.firstBookingDay(centre.centreId(), centre.zone());
            from = first == null || first.isAfter(yesterday) ? yesterday : first;
            from = from.isBefore(yesterday.minusDays(MAX_HISTORY_DAYS)) ? yesterday.minusDays(MAX_HISTORY_DAYS) : from;
        }
        if (from.isAfter(yesterday)) {
            return 0;
        }
        int rows = 0;
        for (long room : store.countedRooms(centre.centreId())) {
            rows += recompute(room, centre.centreId(), centre.zone(), from, yesterday, now);
        }
        var through = yesterday;
        var first = from;
        transactions.executeWithoutResult(status -> {
            store.summarise(centre.centreId(), first, through);
            store.settled(centre.centreId(), through);
        });
        if (rows > 0) {
            log.debug("Settled usage of centre {} from {} to {}: {} room-days", centre.centreId(), from, yesterday, rows);
        }
        return rows;
    }

    private int refreshMarked(Instant now) {
        var marked = jdbc.query("select d.room_id, d.on_day, r.centre_id, c.time_zone from usage_dirty d"
                        + " join room r on r.id = d.room_id join centre c on c.id = r.centre_id order by d.room_id, d.on_day",
                (rs, i) -> new Marked(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getLong(3),
                        ZoneId.of(rs.getString(4))));
        int rows = 0;
        for (var mark : marked) {
            try {
                rows += transactions.execute(status -> {
                    jdbc.update("delete from usage_dirty where room_id = ? and on_day = ?", mark.roomId(), mark.day());
                    int recomputed = recomputeInTransaction(mark.roomId(), mark.centreId(), mark.zone(), mark.day(),
                            mark.day(), now);
                    store.summarise(mark.centreId(), mark.day(), mark.day());
                    return recomputed;
                });
            } catch (RuntimeException e) {
                // the mark stays (its delete rolled back) and is tried again next run; the other marks go on
                log.warn("Could not recompute the usage of room {} on {}", mark.roomId(), mark.day(), e);
            }
        }
        return rows;
    }

    private int recompute(long roomId, long centreId, ZoneId zone, LocalDate from, LocalDate to, Instant now) {
        int rows = 0;
        for (var start = from; !start.isAfter(to); start = start.plusDays(CHUNK_DAYS)) {
            var end = start.plusDays(CHUNK_DAYS - 1L).isAfter(to) ? to : start.plusDays(CHUNK_DAYS - 1L);
            var chunkStart = start;
            rows += transactions.execute(status -> recomputeInTransaction(roomId, centreId, zone, chunkStart, end, now));
        }
        return rows;
    }

    private int recomputeInTransaction(long roomId, long centreId, ZoneId zone, LocalDate from, LocalDate to,
                                       Instant now) {
        var open = hours.openIntervals(roomId, from, to);
        var bookings = store.bookings(roomId, zone, from, to);
        List<RoomDay> rows = RoomDayCalculator.compute(roomId, centreId, zone, from, to, open, bookings, now);
        store.replace(roomId, from, to, rows, now);
        return rows.size();
    }

    private ZoneId zoneOf(long centreId) {
        return ZoneId.of(jdbc.queryForObject("select time_zone from centre where id = ?", String.class, centreId));
    }

    private record Marked(long roomId, LocalDate day, long centreId, ZoneId zone) {
    }
}
