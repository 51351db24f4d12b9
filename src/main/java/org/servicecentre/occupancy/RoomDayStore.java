package org.servicecentre.occupancy;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.servicecentre.booking.BookingStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads the raw bookings of a room and writes its rollup rows (delete and insert of the recomputed days). */
@Component
class RoomDayStore {

    private final JdbcTemplate jdbc;

    RoomDayStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Bookings of the room overlapping or starting in the local dates, with whether anybody came. */
    List<BookingFact> bookings(long roomId, ZoneId zone, LocalDate from, LocalDate to) {
        var start = Timestamp.from(from.atStartOfDay(zone).toInstant());
        var end = Timestamp.from(to.plusDays(1).atStartOfDay(zone).toInstant());
        return jdbc.query("""
                select b.id, b.starts_at, b.ends_at, b.status,
                       case when b.started_at is not null or exists (select 1 from programme_session s
                            join session_attendance a on a.session_id = s.id where s.booking_id = b.id)
                            then 1 else 0 end as attended
                from booking b
                where b.room_id = ? and b.starts_at < ? and b.ends_at > ?
                  and b.status in ('CONFIRMED', 'COMPLETED', 'RELEASED', 'CANCELLED')
                order by b.starts_at""",
                (rs, i) -> new BookingFact(rs.getLong(1), rs.getTimestamp(2).toInstant(),
                        rs.getTimestamp(3).toInstant(), BookingStatus.valueOf(rs.getString(4)), rs.getInt(5) == 1),
                roomId, end, start);
    }

    /** Replaces the room's rows for the dates the given rows cover. */
    void replace(long roomId, LocalDate from, LocalDate to, List<RoomDay> rows, Instant computedAt) {
        jdbc.update("delete from room_day_usage where room_id = ? and on_day between ? and ?", roomId, from, to);
        var at = Timestamp.from(computedAt);
        var args = new ArrayList<Object[]>(rows.size());
        for (var row : rows) {
            var f = row.figures();
            args.add(new Object[] {row.roomId(), row.centreId(), row.day(), f.openMinutes(), f.bookedMinutes(),
                    f.attendedMinutes(), f.heldBookings(), f.releasedBookings(), f.unattendedBookings(),
                    f.cancelledBookings(), RoomDay.hours(row.openByHour()), RoomDay.hours(row.bookedByHour()), at});
        }
        jdbc.batchUpdate("insert into room_day_usage (room_id, centre_id, on_day, open_minutes, booked_minutes,"
                + " attended_minutes, held_bookings, released_bookings, unattended_bookings, cancelled_bookings,"
                + " open_by_hour, booked_by_hour, computed_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", args);
    }

    /** Rewrites the centre's per-day sums over its rooms for the dates, from the room rows. */
    void summarise(long centreId, LocalDate from, LocalDate to) {
        jdbc.update("delete from centre_day_usage where centre_id = ? and on_day between ? and ?", centreId, from, to);
        jdbc.update("insert into centre_day_usage (centre_id, on_day, open_minutes, booked_minutes, attended_minutes,"
                + " held_bookings, released_bookings, unattended_bookings, cancelled_bookings)"
                + " select centre_id, on_day, sum(open_minutes), sum(booked_minutes), sum(attended_minutes),"
                + " sum(held_bookings), sum(released_bookings), sum(unattended_bookings), sum(cancelled_bookings)"
                + " from room_day_usage where centre_id = ? and on_day between ? and ? group by centre_id, on_day",
                centreId, from, to);
    }

    /** Centres with their zone and the day their rollup is settled through (null: never). */
    List<CentreSettlement> centres() {
        return jdbc.query("select c.id, c.time_zone, s.settled_through from centre c"
                        + " left join usage_settled s on s.centre_id = c.id order by c.id",
                (rs, i) -> new CentreSettlement(rs.getLong(1), ZoneId.of(rs.getString(2)),
                        rs.getObject(3, LocalDate.class)));
    }

    /** The local date of the centre's earliest booking, if any. */
    LocalDate firstBookingDay(long centreId, ZoneId zone) {
        var first = jdbc.queryForObject("select min(starts_at) from booking where centre_id = ?", Timestamp.class,
                centreId);
        return first == null ? null : first.toInstant().atZone(zone).toLocalDate();
    }

    /** Rooms of the centre that count for utilisation: active and bookable. */
    List<Long> countedRooms(long centreId) {
        return jdbc.queryForList("select id from room where centre_id = ? and active = true and bookable = true"
                + " order by id", Long.class, centreId);
    }

    void settled(long centreId, LocalDate through) {
        if (jdbc.update("update usage_settled set settled_through = ? where centre_id = ?", through, centreId) == 0) {
            jdbc.update("insert into usage_settled (centre_id, settled_through) values (?, ?)", centreId, through);
        }
    }

    record CentreSettlement(long centreId, ZoneId zone, LocalDate settledThrough) {
    }

}
