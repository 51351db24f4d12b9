package org.servicecentre.occupancy;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Notes room-days of settled dates whose raw data changed, in the transaction of the change, for the rollup job to
 * recompute. Days not settled yet are skipped: they are computed when they are settled. On PostgreSQL
 * {@code ON CONFLICT DO NOTHING}, so two changes to one room-day at once never abort the user's transaction.
 */
@Component
class UsageDirtyMarks {

    private final JdbcTemplate jdbc;
    private final String insert;

    UsageDirtyMarks(JdbcTemplate jdbc, DataSource dataSource) throws SQLException {
        this.jdbc = jdbc;
        this.insert = DirtyMarkInsert.sql(dataSource, "usage_dirty", "room_id");
    }

    /** Marks the room's dates touched by [start, end) that are settled already. */
    void mark(long roomId, Instant start, Instant end) {
        var settled = jdbc.query("select c.time_zone, s.settled_through from room r join centre c on c.id = r.centre_id"
                        + " join usage_settled s on s.centre_id = c.id where r.id = ?",
                (rs, i) -> new Object[] {java.time.ZoneId.of(rs.getString(1)), rs.getObject(2, LocalDate.class)},
                roomId);
        if (settled.isEmpty()) {
            return;
        }
        var zone = (java.time.ZoneId) settled.getFirst()[0];
        var through = (LocalDate) settled.getFirst()[1];
        var first = start.atZone(zone).toLocalDate();
        var last = end.minusNanos(1).atZone(zone).toLocalDate();
        for (var day = first; !day.isAfter(last) && !day.isAfter(through); day = day.plusDays(1)) {
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
