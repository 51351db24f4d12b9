package org.servicecentre.occupancy;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Notes room-days of settled dates whose raw data changed, in the transaction of the change, for the rollup job to
 * recompute. Today and later are skipped: they are computed when they are settled. See {@link DirtyMarkInsert} for
 * why two changes to one room-day at once never abort the user's transaction nor lose a mark.
 */
@Component
class UsageDirtyMarks {

    private final JdbcTemplate jdbc;
    private final String insert;
    private final Clock clock;

    UsageDirtyMarks(JdbcTemplate jdbc, DataSource dataSource, Clock clock) throws SQLException {
        this.jdbc = jdbc;
        this.clock = clock;
        this.insert = DirtyMarkInsert.sql(dataSource, "usage_dirty", "room_id");
    }

    /**
     * Marks the room's dates touched by [start, end) that are over (before today in the centre's zone): settled, or
     * being settled right now (a mark made while a first settlement runs is recomputed after it, not lost).
     */
    void mark(long roomId, Instant start, Instant end) {
        var zones = jdbc.queryForList("select c.time_zone from room r join centre c on c.id = r.centre_id"
                + " where r.id = ?", String.class, roomId);
        if (zones.isEmpty()) {
            return;
        }
        var zone = ZoneId.of(zones.getFirst());
        var today = LocalDate.now(clock.withZone(zone));
        var first = start.atZone(zone).toLocalDate();
        var last = end.minusNanos(1).atZone(zone).toLocalDate();
        for (var day = first; !day.isAfter(last) && day.isBefore(today); day = day.plusDays(1)) {
            jdbc.update(insert, roomId, day);
        }
    }

    /** Marks every settled rollup row of the centre (or one room of it) in the dates, or on all dates when null. */
    void markCentre(long centreId, Long roomId, LocalDate first, LocalDate last) {
        var where = new StringBuilder(" from room_day_usage u where u.centre_id = ?");
        var args = new java.util.ArrayList<Object>(List.of(centreId));
        if (roomId != null) {
            where.append(" and u.room_id = ?");
            args.add(roomId);
        }
        if (first != null) {
            where.append(" and u.on_day between ? and ?");
            args.add(first);
            args.add(last);
        }
        where.append(" and not exists (select 1 from usage_dirty d where d.room_id = u.room_id and d.on_day = u.on_day)");
        jdbc.update("insert into usage_dirty (room_id, on_day) select u.room_id, u.on_day" + where, args.toArray());
    }
}
