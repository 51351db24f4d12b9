package org.servicecentre.occupancy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.servicecentre.security.SystemAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the daily people rollup ({@code people_day*}, see V22) in step with the raw programme and check-in tables,
 * the way {@link UsageRollup} keeps room usage: a centre's days are settled once they are over (the last settled day
 * is computed once more the next time), ALL of its history at the first settlement (a resident is "new" only if they never came before, however long ago), and settled days whose
 * raw data changed (marked by {@link PeopleChanges}) are recomputed with the same code. {@link AttendanceStatistics}
 * reads the rollup for a centre, alliance or region when every centre of it is settled through the period's last day,
 * and the raw tables otherwise. System-level: the rollup job and tests call it with an explicit instant.
 */
@Service
public class PeopleRollup {

    private static final Logger log = LoggerFactory.getLogger(PeopleRollup.class);
    /** Days recomputed per transaction at a first settlement. */
    private static final int CHUNK_DAYS = 92;

    private final PeopleDays days;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    PeopleRollup(PeopleDays days, JdbcTemplate jdbc, TransactionTemplate transactions) {
        this.days = days;
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /** Settles every centre through the day before {@code now} in its zone, then recomputes marked days. */
    public int catchUp(Instant now) {
        return SystemAuthentication.asSystem(() -> {
            int rows = 0;
            for (var centre : jdbc.query("select c.id, c.time_zone, s.settled_through from centre c"
                    + " left join people_settled s on s.centre_id = c.id order by c.id", (rs, i) -> new Settlement(
                    rs.getLong(1), ZoneId.of(rs.getString(2)), rs.getObject(3, LocalDate.class)))) {
                try {
                    rows += settle(centre, now);
                } catch (RuntimeException e) {
                    // one centre's trouble must not stop the others; it is tried again on the next run
                    log.warn("Could not settle the people figures of centre {}", centre.centreId(), e);
                }
            }
            return rows + refreshMarked();
        });
    }

    /** Recomputes one centre's whole history through the day before {@code now} (e.g. after a bulk load). */
    public int rebuild(long centreId, Instant now) {
        return SystemAuthentication.asSystem(() -> {
            var zone = ZoneId.of(jdbc.queryForObject("select time_zone from centre where id = ?", String.class,
                    centreId));
            return settle(new Settlement(centreId, zone, null), now);
        });
    }

    private int settle(Settlement centre, Instant now) {
        var yesterday = now.atZone(centre.zone()).toLocalDate().minusDays(1);
        var through = centre.settledThrough();
        if (through != null && !through.isBefore(yesterday)) {
            return 0;
        }
        LocalDate from;
        if (through != null) {
            // the last settled day once more: a change that raced its settlement (unmarked then) is counted now
            from = through;
        } else {
            var first = days.firstDay(centre.centreId(), centre.zone());
            from = first == null || first.isAfter(yesterday) ? yesterday : first;
        }
        int rows = 0;
        for (var start = from; !start.isAfter(yesterday); start = start.plusDays(CHUNK_DAYS)) {
            var end = start.plusDays(CHUNK_DAYS - 1L).isAfter(yesterday) ? yesterday : start.plusDays(CHUNK_DAYS - 1L);
            var chunk = start;
            rows += transactions.execute(status -> days.recompute(centre.centreId(), centre.zone(), chunk, end));
        }
        transactions.executeWithoutResult(status -> settled(centre.centreId(), yesterday));
        if (rows > 0) {
            log.debug("Settled people of centre {} from {} to {}: {} rows", centre.centreId(), from, yesterday, rows);
        }
        return rows;
    }

    /** Recomputes the marked days of settled centres (the second half of {@link #catchUp}). */
    int refreshMarked() {
        var marked = jdbc.query("select d.centre_id, d.on_day, c.time_zone from people_dirty d"
                + " join centre c on c.id = d.centre_id order by d.centre_id, d.on_day", (rs, i) -> new Marked(
                rs.getLong(1), rs.getObject(2, LocalDate.class), ZoneId.of(rs.getString(3))));
        int rows = 0;
        for (var mark : marked) {
            try {
                rows += transactions.execute(status -> {
                    jdbc.update("delete from people_dirty where centre_id = ? and on_day = ?", mark.centreId(),
                            mark.day());
                    return days.recompute(mark.centreId(), mark.zone(), mark.day(), mark.day());
                });
            } catch (RuntimeException e) {
                // the mark stays (its delete rolled back) and is tried again next run; the other marks go on
                log.warn("Could not recompute the people figures of centre {} on {}", mark.centreId(), mark.day(), e);
            }
        }
        return rows;
    }

    private void settled(long centreId, LocalDate through) {
        if (jdbc.update("update people_settled set settled_through = ? where centre_id = ?", through, centreId) == 0) {
            jdbc.update("insert into people_settled (centre_id, settled_through) values (?, ?)", centreId, through);
        }
    }

    private record Settlement(long centreId, ZoneId zone, LocalDate settledThrough) {
    }

    private record Marked(long centreId, LocalDate day, ZoneId zone) {
    }
}
