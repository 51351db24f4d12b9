package org.servicecentre.occupancy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.servicecentre.booking.BookingStatus;
import org.servicecentre.centre.OpenInterval;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Builds the daily usage rollup ({@code room_day_usage}) of a generated city for a period, for the benchmark.
 * <p>
 * Two ways, both computing the rows with the app's own {@link RoomDayCalculator}:
 * <ul>
 * <li>{@link #javaPath}: the app's {@link UsageRollup#rebuild} centre by centre (per room: its open intervals through
 * {@code OpeningHoursService}, its bookings, a delete and a batch insert);</li>
 * <li>{@link #bulkPath} (PROPOSAL for the lead, PostgreSQL only): per batch of centres one query each for weekly hours,
 * hours exceptions, closures and rooms, ONE query for all the batch's bookings (with the same "anybody came" rule as
 * {@code RoomDayStore.bookings}), the open intervals worked out here the way {@code centre.HoursCalculator} does
 * (closure, else exception, else the week; merged), the rows computed by {@link RoomDayCalculator} and written with
 * COPY; the centres' {@code usage_settled} set to the period's last day. {@code CityRollupPostgresIntegrationTest}
 * checks that both ways write the same rows for a small generated city.</li>
 * </ul>
 * {@link #build} times the Java path on a few centres ({@code -Dbench.javaRollupCentres}, default 3), extrapolates it
 * to the city, and builds the rest with the bulk path (all with the Java path if {@code -Dbench.rollup=java}).
 */
@Component
class CityRollupBuild {

    static final int BATCH_CENTRES = 20;
    private static final String USED_STATUSES = "('CONFIRMED', 'COMPLETED', 'RELEASED', 'CANCELLED')";

    private final JdbcTemplate jdbc;
    private final DataSource dataSource;
    private final UsageRollup rollup;

    CityRollupBuild(JdbcTemplate jdbc, DataSource dataSource, UsageRollup rollup) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.rollup = rollup;
    }

    /** What a build did and how long it took. */
    record Built(int centres, int javaCentres, double javaSeconds, long javaRows, double bulkSeconds, long bulkRows) {
        @Override
        public String toString() {
            double perCentre = javaCentres == 0 ? 0 : javaSeconds / javaCentres;
            return String.format(Locale.ROOT, "%,d room-days for %d centres; Java path (UsageRollup.rebuild) %d centres"
                            + " %,d rows in %.1f s = %.2f s a centre (all %d centres at that rate: %.0f s); bulk path %d"
                            + " centres %,d rows in %.1f s (%,.0f rows/s)", javaRows + bulkRows, centres, javaCentres,
                    javaRows, javaSeconds, perCentre, centres, perCentre * centres, centres - javaCentres, bulkRows,
                    bulkSeconds, bulkSeconds == 0 ? 0 : bulkRows / bulkSeconds);
        }
    }

    Built build(String prefix, UsagePeriod period, Instant now) throws Exception {
        List<Long> centres = jdbc.queryForList("select id from centre where code like ? order by id", Long.class,
                prefix + "-C%");
        boolean allJava = "java".equals(System.getProperty("bench.rollup"));
        int javaCentres = allJava ? centres.size()
                : Math.min(centres.size(), Integer.getInteger("bench.javaRollupCentres", 3));
        long started = System.nanoTime();
        long javaRows = javaPath(centres.subList(0, javaCentres), period, now);
        double javaSeconds = (System.nanoTime() - started) / 1e9;
        started = System.nanoTime();
        long bulkRows = bulkPath(centres.subList(javaCentres, centres.size()), period, now);
        double bulkSeconds = (System.nanoTime() - started) / 1e9;
        jdbc.execute("analyze room_day_usage");
        jdbc.execute("analyze centre_day_usage");
        return new Built(centres.size(), javaCentres, javaSeconds, javaRows, bulkSeconds, bulkRows);
    }

    /** The app's way: {@link UsageRollup#rebuild} for each centre. */
    long javaPath(List<Long> centres, UsagePeriod period, Instant now) {
        long rows = 0;
        for (long centre : centres) {
            rows += rollup.rebuild(centre, period.from(), period.to(), now);
        }
        return rows;
    }

    /** The bulk way, batch by batch of centres (see the class comment). */
    long bulkPath(List<Long> centres, UsagePeriod period, Instant now) throws Exception {
        long rows = 0;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            for (int i = 0; i < centres.size(); i += BATCH_CENTRES) {
                var batch = centres.subList(i, Math.min(centres.size(), i + BATCH_CENTRES));
                var text = new StringBuilder(1 << 20);
                rows += batch(batch, period, now, text);
                Long[] ids = batch.toArray(Long[]::new);
                try (var delete = connection.prepareStatement(
                        "delete from room_day_usage where centre_id = any(?) and on_day between ? and ?")) {
                    delete.setArray(1, connection.createArrayOf("bigint", ids));
                    delete.setObject(2, period.from());
                    delete.setObject(3, period.to());
                    delete.executeUpdate();
                }
                copy.copyIn("copy room_day_usage (room_id, centre_id, on_day, open_minutes, booked_minutes,"
                        + " attended_minutes, held_bookings, released_bookings, unattended_bookings,"
                        + " cancelled_bookings, open_by_hour, booked_by_hour, computed_at) from stdin",
                        new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8)));
                try (var sums = connection.prepareStatement("""
                        delete from centre_day_usage where centre_id = any(?) and on_day between ? and ?""")) {
                    sums.setArray(1, connection.createArrayOf("bigint", ids));
                    sums.setObject(2, period.from());
                    sums.setObject(3, period.to());
                    sums.executeUpdate();
                }
                try (var sums = connection.prepareStatement("""
                        insert into centre_day_usage (centre_id, on_day, open_minutes, booked_minutes,
                            attended_minutes, held_bookings, released_bookings, unattended_bookings, cancelled_bookings)
                        select centre_id, on_day, sum(open_minutes), sum(booked_minutes), sum(attended_minutes),
                            sum(held_bookings), sum(released_bookings), sum(unattended_bookings),
                            sum(cancelled_bookings)
                        from room_day_usage where centre_id = any(?) and on_day between ? and ?
                        group by centre_id, on_day""")) {
                    sums.setArray(1, connection.createArrayOf("bigint", ids));
                    sums.setObject(2, period.from());
                    sums.setObject(3, period.to());
                    sums.executeUpdate();
                }
                try (var settled = connection.prepareStatement("""
                        insert into usage_settled (centre_id, settled_through) select c, ? from unnest(?) as c
                        on conflict (centre_id) do update set settled_through = excluded.settled_through""")) {
                    settled.setObject(1, period.to());
                    settled.setArray(2, connection.createArrayOf("bigint", ids));
                    settled.executeUpdate();
                }
                connection.commit();
            }
        }
        return rows;
    }

    private long batch(List<Long> centres, UsagePeriod period, Instant now, StringBuilder out) {
        Long[] ids = centres.toArray(Long[]::new);
        var zones = new HashMap<Long, ZoneId>();
        jdbc.query("select id, time_zone from centre where id = any(?)",
                rs -> {
                    zones.put(rs.getLong(1), ZoneId.of(rs.getString(2)));
                }, (Object) ids);
        var week = new HashMap<Long, Map<DayOfWeek, List<int[]>>>();
        jdbc.query("select centre_id, day_of_week, start_minute, end_minute from weekly_range where centre_id = any(?)",
                rs -> {
                    week.computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
                            .computeIfAbsent(DayOfWeek.of(rs.getInt(2)), k -> new ArrayList<>())
                            .add(new int[] {rs.getInt(3), rs.getInt(4)});
                }, (Object) ids);
        var exceptions = new HashMap<Long, Map<LocalDate, List<int[]>>>();
        jdbc.query("""
                select e.centre_id, e.on_date, r.start_minute, r.end_minute from hours_exception e
                left join hours_exception_range r on r.exception_id = e.id
                where e.centre_id = any(?) and e.on_date between ? and ?""",
                rs -> {
                    var ranges = exceptions.computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
                            .computeIfAbsent(rs.getObject(2, LocalDate.class), k -> new ArrayList<>());
                    int start = rs.getInt(3);
                    if (!rs.wasNull()) {
                        ranges.add(new int[] {start, rs.getInt(4)});
                    }
                }, ids, period.from(), period.to());
        var closures = new ArrayList<Object[]>(); // centre, room or null, first, last
        jdbc.query("select centre_id, room_id, first_day, last_day from closure where centre_id = any(?)"
                        + " and last_day >= ? and first_day <= ?",
                rs -> {
                    long room = rs.getLong(2);
                    Long roomId = rs.wasNull() ? null : room;
                    closures.add(new Object[] {rs.getLong(1), roomId,
                        rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class)});
                }, ids, period.from(), period.to());
        var rooms = new ArrayList<long[]>();
        jdbc.query("select id, centre_id from room where centre_id = any(?) and active = true and bookable = true"
                + " order by id", rs -> {
                    rooms.add(new long[] {rs.getLong(1), rs.getLong(2)});
                }, (Object) ids);
        var facts = new HashMap<Long, List<BookingFact>>();
        ZoneId anyZone = zones.values().stream().findFirst().orElse(ZoneId.of("Asia/Shanghai"));
        // one query for the batch; the window is widened by a day so that every zone's local dates are covered, and
        // each room's bookings are cut to its centre's local window below, as RoomDayStore.bookings does
        var start = period.from().minusDays(1).atStartOfDay(anyZone).toInstant();
        var end = period.to().plusDays(2).atStartOfDay(anyZone).toInstant();
        jdbc.query("""
                select b.room_id, b.id, b.starts_at, b.ends_at, b.status,
                       case when b.started_at is not null or exists (select 1 from programme_session s
                            join session_attendance a on a.session_id = s.id where s.booking_id = b.id)
                            then 1 else 0 end as attended
                from booking b
                where b.centre_id = any(?) and b.starts_at < ? and b.ends_at > ? and b.status in %s
                order by b.room_id, b.starts_at""".formatted(USED_STATUSES),
                rs -> {
                    facts.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new BookingFact(rs.getLong(2),
                            rs.getTimestamp(3).toInstant(), rs.getTimestamp(4).toInstant(),
                            BookingStatus.valueOf(rs.getString(5)), rs.getInt(6) == 1));
                }, ids, Timestamp.from(end), Timestamp.from(start));
        String computedAt = Timestamp.from(now).toInstant().toString();
        long rows = 0;
        for (long[] room : rooms) {
            long roomId = room[0];
            long centreId = room[1];
            ZoneId zone = zones.get(centreId);
            var localStart = period.from().atStartOfDay(zone).toInstant();
            var localEnd = period.to().plusDays(1).atStartOfDay(zone).toInstant();
            var mine = facts.getOrDefault(roomId, List.of()).stream()
                    .filter(f -> f.start().isBefore(localEnd) && f.end().isAfter(localStart)).toList();
            var open = intervals(zone, week.getOrDefault(centreId, Map.of()),
                    exceptions.getOrDefault(centreId, Map.of()), closures, centreId, roomId, period);
            for (var row : RoomDayCalculator.compute(roomId, centreId, zone, period.from(), period.to(), open, mine,
                    now)) {
                var f = row.figures();
                out.append(roomId).append('\t').append(centreId).append('\t').append(row.day()).append('\t')
                        .append(f.openMinutes()).append('\t').append(f.bookedMinutes()).append('\t')
                        .append(f.attendedMinutes()).append('\t').append(f.heldBookings()).append('\t')
                        .append(f.releasedBookings()).append('\t').append(f.unattendedBookings()).append('\t')
                        .append(f.cancelledBookings()).append('\t').append(RoomDay.hours(row.openByHour()))
                        .append('\t').append(RoomDay.hours(row.bookedByHour())).append('\t').append(computedAt)
                        .append('\n');
                rows++;
            }
        }
        return rows;
    }

    /** The room's merged open intervals over the period, as {@code centre.HoursCalculator} works them out. */
    static List<OpenInterval> intervals(ZoneId zone, Map<DayOfWeek, List<int[]>> week,
            Map<LocalDate, List<int[]>> exceptions, List<Object[]> closures, long centreId, long roomId,
            UsagePeriod period) {
        var raw = new ArrayList<OpenInterval>();
        for (var date = period.from(); !date.isAfter(period.to()); date = date.plusDays(1)) {
            if (closed(closures, centreId, roomId, date)) {
                continue;
            }
            var ranges = exceptions.containsKey(date) ? exceptions.get(date)
                    : week.getOrDefault(date.getDayOfWeek(), List.of());
            for (int[] range : ranges) {
                var start = ZonedDateTime.of(date.atStartOfDay().plusMinutes(range[0]), zone)
                        .withEarlierOffsetAtOverlap().toInstant();
                var end = range[1] == 1440 ? date.plusDays(1).atStartOfDay(zone).toInstant()
                        : ZonedDateTime.of(date.atStartOfDay().plusMinutes(range[1]), zone).withLaterOffsetAtOverlap()
                                .toInstant();
                if (start.isBefore(end)) {
                    raw.add(new OpenInterval(start, end));
                }
            }
        }
        raw.sort(Comparator.comparing(OpenInterval::start));
        var merged = new ArrayList<OpenInterval>();
        for (var next : raw) {
            if (!merged.isEmpty() && !next.start().isAfter(merged.getLast().end())) {
                var last = merged.removeLast();
                merged.add(new OpenInterval(last.start(), next.end().isAfter(last.end()) ? next.end() : last.end()));
            } else {
                merged.add(next);
            }
        }
        return merged;
    }

    private static boolean closed(List<Object[]> closures, long centreId, long roomId, LocalDate date) {
        for (Object[] c : closures) {
            if ((long) c[0] == centreId && (c[1] == null || (long) c[1] == roomId)
                    && !date.isBefore((LocalDate) c[2]) && !date.isAfter((LocalDate) c[3])) {
                return true;
            }
        }
        return false;
    }
}
