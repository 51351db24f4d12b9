package org.servicecentre.occupancy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads {@code room_day_usage} and its per-centre sums {@code centre_day_usage} for the statistics with plain
 * aggregates (the same SQL on H2 and PostgreSQL). No scope checks here: {@link UsageStatistics} checks before calling.
 */
@Component
class UsageRollupReader {

    private static final String SUMS = "sum(u.open_minutes), sum(u.booked_minutes), sum(u.attended_minutes),"
            + " sum(u.held_bookings), sum(u.released_bookings), sum(u.unattended_bookings), sum(u.cancelled_bookings)";

    private final JdbcTemplate jdbc;

    UsageRollupReader(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    UsageFigures total(UsageSubject subject, UsagePeriod period) {
        var filter = Filter.of(subject);
        return jdbc.queryForObject("select " + SUMS + " from " + table(subject) + " u where " + filter.sql()
                + " and u.on_day between ? and ?", (rs, i) -> figures(rs, 1), filter.args(period));
    }

    List<UsagePoint> trend(UsageSubject subject, UsagePeriod period, Granularity granularity) {
        var filter = Filter.of(subject);
        var byDay = new LinkedHashMap<LocalDate, UsageFigures>();
        jdbc.query("select u.on_day, " + SUMS + " from " + table(subject) + " u where " + filter.sql()
                + " and u.on_day between ? and ? group by u.on_day", rs -> {
                    byDay.put(rs.getObject(1, LocalDate.class), figures(rs, 2));
                }, filter.args(period));
        return buckets(byDay, period, granularity);
    }

    List<UsageRow> breakdown(UsageSubject subject, UsagePeriod period) {
        var parts = parts(subject);
        var filter = Filter.of(subject);
        var column = byRoom(subject) ? "u.room_id" : "u.centre_id";
        jdbc.query("select " + column + ", " + SUMS + " from " + partsTable(subject) + " u where " + filter.sql()
                + " and u.on_day between ? and ? group by " + column, rs -> {
                    var part = parts.get(rs.getLong(1));
                    if (part != null) {
                        part.figures = figures(rs, 2);
                    }
                }, filter.args(period));
        return parts.values().stream().map(Part::row).toList();
    }

    List<UsageSeries> breakdownTrend(UsageSubject subject, UsagePeriod period, Granularity granularity) {
        var parts = parts(subject);
        var filter = Filter.of(subject);
        var column = byRoom(subject) ? "u.room_id" : "u.centre_id";
        var perPart = new LinkedHashMap<Long, Map<LocalDate, UsageFigures>>();
        parts.keySet().forEach(id -> perPart.put(id, new LinkedHashMap<>()));
        if (granularity == Granularity.MONTH) {
            jdbc.query("select " + column + ", extract(year from u.on_day), extract(month from u.on_day), " + SUMS
                    + " from " + partsTable(subject) + " u where " + filter.sql() + " and u.on_day between ? and ?"
                    + " group by " + column + ", extract(year from u.on_day), extract(month from u.on_day)", rs -> {
                        var days = perPart.get(rs.getLong(1));
                        if (days != null) {
                            days.put(LocalDate.of(rs.getInt(2), rs.getInt(3), 1), figures(rs, 4));
                        }
                    }, filter.args(period));
        } else {
            jdbc.query("select " + column + ", u.on_day, " + SUMS + " from " + partsTable(subject) + " u where "
                    + filter.sql()
                    + " and u.on_day between ? and ? group by " + column + ", u.on_day", rs -> {
                        var days = perPart.get(rs.getLong(1));
                        if (days != null) {
                            days.put(rs.getObject(2, LocalDate.class), figures(rs, 3));
                        }
                    }, filter.args(period));
        }
        var series = new ArrayList<UsageSeries>();
        for (var part : parts.values()) {
            var points = buckets(perPart.get(part.id), period, granularity);
            part.figures = points.stream().map(UsagePoint::figures).reduce(UsageFigures.NONE, UsageFigures::plus);
            series.add(new UsageSeries(part.row(), points));
        }
        return series;
    }

    UsageHeatmap heatmap(UsageSubject subject, UsagePeriod period) {
        var filter = Filter.of(subject);
        var heatmap = UsageHeatmap.empty();
        jdbc.query("select u.on_day, u.open_by_hour, u.booked_by_hour from room_day_usage u where " + filter.sql()
                + " and u.on_day between ? and ? and u.open_minutes + u.booked_minutes > 0", rs -> {
                    int weekday = rs.getObject(1, LocalDate.class).getDayOfWeek().getValue() - 1;
                    add(heatmap.openMinutes()[weekday], RoomDay.hours(rs.getString(2)));
                    add(heatmap.bookedMinutes()[weekday], RoomDay.hours(rs.getString(3)));
                }, filter.args(period));
        return heatmap;
    }

    /** The parts of a breakdown with their names, in name order, all with empty figures to start with. */
    private Map<Long, Part> parts(UsageSubject subject) {
        var parts = new LinkedHashMap<Long, Part>();
        var sql = switch (subject.level()) {
            case ROOM -> "select r.id, r.name, c.name, 1 from room r join centre c on c.id = r.centre_id where r.id = ?";
            case CENTRE -> "select r.id, r.name, c.name, 1 from room r join centre c on c.id = r.centre_id"
                    + " where c.id = ? and r.active = true and r.bookable = true order by r.name";
            case ALLIANCE -> CENTRES + " where c.id in (select centre_id from alliance_centre where alliance_id = ?)"
                    + " order by c.name";
            case REGION -> CENTRES + " where c.id in (" + Filter.REGION_CENTRES + ") order by c.name";
        };
        var level = byRoom(subject) ? UsageLevel.ROOM : UsageLevel.CENTRE;
        jdbc.query(sql, rs -> {
            parts.put(rs.getLong(1), new Part(new UsageSubject(level, rs.getLong(1)), rs.getString(2),
                    rs.getString(3), rs.getInt(4)));
        }, subject.id());
        return parts;
    }

    private static final String CENTRES = "select c.id, c.name, g.name, (select count(*) from room r where"
            + " r.centre_id = c.id and r.active = true and r.bookable = true) from centre c join region g on g.id = c.region_id";

    /** Room questions read the room rows; centre, alliance and region ones the per-centre sums (ten times fewer). */
    private static String table(UsageSubject subject) {
        return subject.level() == UsageLevel.ROOM ? "room_day_usage" : "centre_day_usage";
    }

    /** A centre's breakdown is by room; an alliance's or region's by centre, from the per-centre sums. */
    private static String partsTable(UsageSubject subject) {
        return byRoom(subject) ? "room_day_usage" : "centre_day_usage";
    }

    private static boolean byRoom(UsageSubject subject) {
        return subject.level() == UsageLevel.ROOM || subject.level() == UsageLevel.CENTRE;
    }

    private static List<UsagePoint> buckets(Map<LocalDate, UsageFigures> byDay, UsagePeriod period,
                                            Granularity granularity) {
        var buckets = new LinkedHashMap<LocalDate, UsageFigures>();
        for (var day = period.from(); !day.isAfter(period.to()); day = day.plusDays(1)) {
            buckets.putIfAbsent(granularity.bucketOf(day), UsageFigures.NONE);
        }
        byDay.forEach((day, figures) -> buckets.merge(granularity.bucketOf(day), figures, UsageFigures::plus));
        return buckets.entrySet().stream().map(e -> new UsagePoint(e.getKey(), e.getValue())).toList();
    }

    private static UsageFigures figures(ResultSet rs, int first) throws SQLException {
        return new UsageFigures(rs.getLong(first), rs.getLong(first + 1), rs.getLong(first + 2), rs.getInt(first + 3),
                rs.getInt(first + 4), rs.getInt(first + 5), rs.getInt(first + 6));
    }

    private static void add(long[] sums, int[] minutes) {
        for (int h = 0; h < 24; h++) {
            sums[h] += minutes[h];
        }
    }

    private static final class Part {
        final long id;
        final UsageSubject subject;
        final String name;
        final String parentName;
        final int rooms;
        UsageFigures figures = UsageFigures.NONE;

        Part(UsageSubject subject, String name, String parentName, int rooms) {
            this.id = subject.id();
            this.subject = subject;
            this.name = name;
            this.parentName = parentName;
            this.rooms = rooms;
        }

        UsageRow row() {
            return new UsageRow(subject, name, parentName, rooms, figures);
        }
    }

    /** Which rollup rows a subject covers, as a condition on {@code u}. */
    private record Filter(String sql, Object id) {

        static final String REGION_CENTRES = "select c2.id from centre c2 join region r2 on r2.id = c2.region_id"
                + " where r2.path like (select path from region where id = ?) || '%'";

        static Filter of(UsageSubject subject) {
            return new Filter(switch (subject.level()) {
                case ROOM -> "u.room_id = ?";
                case CENTRE -> "u.centre_id = ?";
                case ALLIANCE -> "u.centre_id in (select centre_id from alliance_centre where alliance_id = ?)";
                case REGION -> "u.centre_id in (" + REGION_CENTRES + ")";
            }, subject.id());
        }

        Object[] args(UsagePeriod period) {
            return new Object[] {id, period.from(), period.to()};
        }
    }
}
