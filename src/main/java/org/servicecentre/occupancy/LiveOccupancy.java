package org.servicecentre.occupancy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.servicecentre.security.CurrentUser;
import org.servicecentre.security.Role;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The live state of a centre ({@link LiveCentre}) for the caller, scope-checked like every usage subject: admins any
 * centre, officers those in their region, managers their own. A read model over the booking, programme and check-in
 * tables (one query each), so that the live view can refresh every few seconds for many watchers.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class LiveOccupancy {

    /** How far back past midnight an open check-in still counts as someone in now. */
    static final Duration PEOPLE_IN_LOOK_BACK = Duration.ofHours(6);

    private final UsageSubjects subjects;
    private final CurrentUser currentUser;
    private final JdbcTemplate jdbc;

    LiveOccupancy(UsageSubjects subjects, CurrentUser currentUser, JdbcTemplate jdbc) {
        this.subjects = subjects;
        this.currentUser = currentUser;
        this.jdbc = jdbc;
    }

    /** The active centres the caller may watch, by name: managers only their own. */
    public List<LiveCentreOption> centres() {
        var scope = currentUser.scope();
        var sql = "select c.id, c.name from centre c join region r on r.id = c.region_id where c.active = true";
        List<Object> args = new ArrayList<>();
        if (scope.role() == Role.REGION_OFFICER && scope.regionId() != null) {
            sql += " and r.path like (select path from region where id = ?) || '%'";
            args.add(scope.regionId());
        } else if (scope.role() == Role.CENTRE_MANAGER && !scope.centreIds().isEmpty()) {
            sql += " and c.id in (" + UsageSubjects.placeholders(scope.centreIds().size()) + ")";
            args.addAll(scope.centreIds().stream().sorted().toList());
        } else if (!scope.isAdmin()) {
            return List.of();
        }
        return jdbc.query(sql + " order by c.name, c.id", (rs, i) -> new LiveCentreOption(rs.getLong(1),
                rs.getString(2)), args.toArray());
    }

    /** The centre as it is at {@code now}. */
    public LiveCentre centre(long centreId, Instant now) {
        subjects.check(UsageSubject.centre(centreId));
        var centre = jdbc.queryForMap("select name, time_zone from centre where id = ?", centreId);
        var zone = ZoneId.of((String) centre.get("time_zone"));
        var today = LocalDate.ofInstant(now, zone);
        var dayStart = ts(today.atStartOfDay(zone).toInstant());
        var dayEnd = ts(today.plusDays(1).atStartOfDay(zone).toInstant());
        var at = ts(now);
        int capacity = jdbc.queryForObject("select coalesce(sum(capacity), 0) from room where centre_id = ?"
                + " and active = true and bookable = true", Integer.class, centreId);
        // since midnight, or for six hours after it (an evening event runs past midnight); a check-in left open
        // on an earlier day is not someone here now
        var lookBack = now.minus(PEOPLE_IN_LOOK_BACK);
        var peopleSince = lookBack.isBefore(dayStart.toInstant()) ? ts(lookBack) : dayStart;
        int peopleIn = jdbc.queryForObject("select count(*) from check_in where centre_id = ? and outcome = 'CHECKED_IN'"
                + " and checked_out_at is null and scanned_at >= ? and scanned_at <= ?", Integer.class, centreId,
                peopleSince, at);
        return new LiveCentre(centreId, (String) centre.get("name"), zone, now, capacity, peopleIn,
                rooms(centreId, at, dayEnd), sessions(centreId, dayStart, dayEnd, at), kiosks(centreId, now));
    }

    private List<LiveCentre.LiveRoom> rooms(long centreId, Timestamp at, Timestamp dayEnd) {
        Map<Long, LiveCentre.LiveUse> now = new HashMap<>();
        Map<Long, LiveCentre.LiveUse> next = new HashMap<>();
        // confirmed bookings that have not ended and start before the day is over, earliest first
        jdbc.query("select b.id, b.room_id, b.starts_at, b.ends_at, b.purpose, o.name, p.title from booking b"
                + " join organisation o on o.id = b.organisation_id"
                + " left join programme_session s on s.booking_id = b.id and s.status = 'SCHEDULED'"
                + " left join programme p on p.id = s.programme_id"
                + " where b.centre_id = ? and b.status = 'CONFIRMED' and b.ends_at > ? and b.starts_at < ?"
                + " order by b.starts_at, b.id", rs -> {
                    long room = rs.getLong("room_id");
                    var use = use(rs);
                    if (!use.start().isAfter(at.toInstant())) {
                        now.putIfAbsent(room, use);
                    } else {
                        next.putIfAbsent(room, use);
                    }
                }, centreId, at, dayEnd);
        return jdbc.query("select id, name, capacity from room where centre_id = ? and active = true"
                + " and bookable = true order by code, id",
                (rs, i) -> new LiveCentre.LiveRoom(rs.getLong(1), rs.getString(2), rs.getInt(3),
                        now.get(rs.getLong(1)), next.get(rs.getLong(1))), centreId);
    }

    private static LiveCentre.LiveUse use(ResultSet rs) throws SQLException {
        String title = rs.getString("title");
        return new LiveCentre.LiveUse(rs.getLong("id"), rs.getTimestamp("starts_at").toInstant(),
                rs.getTimestamp("ends_at").toInstant(), title != null ? title : rs.getString("purpose"),
                rs.getString("name"), title != null);
    }

    private List<LiveCentre.LiveSession> sessions(long centreId, Timestamp dayStart, Timestamp dayEnd, Timestamp at) {
        return jdbc.query("select s.id, p.title, o.name as organisation, coalesce(r.name, s.location) as place,"
                + " s.starts_at, s.ends_at, case when p.session_capacity is null then r.capacity"
                + "   when r.capacity is null then p.session_capacity"
                + "   else least(p.session_capacity, r.capacity) end as capacity,"
                + " (select count(*) from registration g where g.status = 'REGISTERED' and (g.session_id = s.id"
                + "   or (g.session_id is null and g.programme_id = s.programme_id))) as registered,"
                + " (select count(*) from check_in c where c.session_id = s.id and c.outcome = 'CHECKED_IN'"
                + "   and c.scanned_at <= ?) as checked_in"
                + " from programme_session s join programme p on p.id = s.programme_id"
                + " join organisation o on o.id = p.organisation_id left join room r on r.id = s.room_id"
                + " where s.centre_id = ? and s.status = 'SCHEDULED' and s.starts_at < ? and s.ends_at > ?"
                + " order by s.starts_at, s.id", (rs, i) -> new LiveCentre.LiveSession(rs.getLong("id"),
                        rs.getString("title"), rs.getString("organisation"), rs.getString("place"),
                        rs.getTimestamp("starts_at").toInstant(), rs.getTimestamp("ends_at").toInstant(),
                        rs.getInt("registered"), rs.getInt("checked_in"), (Integer) rs.getObject("capacity",
                        Integer.class)), at, centreId, dayEnd, dayStart);
    }

    private List<LiveCentre.LiveKiosk> kiosks(long centreId, Instant now) {
        var since = now.minus(LiveCentre.KIOSK_ONLINE_WITHIN);
        return jdbc.query("select id, name, last_seen_at from kiosk_device where centre_id = ? and revoked_at is null"
                + " and token_hash is not null order by code, id", (rs, i) -> {
                    var seen = rs.getTimestamp("last_seen_at");
                    var last = seen == null ? null : seen.toInstant();
                    return new LiveCentre.LiveKiosk(rs.getLong("id"), rs.getString("name"),
                            last != null && !last.isBefore(since), last);
                }, centreId);
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }
}
