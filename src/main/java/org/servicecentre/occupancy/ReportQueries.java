package org.servicecentre.occupancy;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.servicecentre.security.Scope;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The reads a work report needs beyond the statistics: which subjects a caller may report on, and which
 * organisations held their first session at a subject in a period (new partners). No scope checks here: callers check.
 */
@Component
class ReportQueries {

    /** An organisation whose first session at the subject fell in the period, with its sessions there in it. */
    record NewPartner(long organisationId, String name, LocalDate firstSession, int sessions) {
    }

    private final JdbcTemplate jdbc;

    ReportQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<ReportSubject> subjectsFor(Scope scope) {
        var found = new ArrayList<ReportSubject>();
        switch (scope.role()) {
            case ADMIN -> {
                found.addAll(list(UsageLevel.REGION, "select id, name from region order by path"));
                found.addAll(list(UsageLevel.ALLIANCE, "select id, name from alliance where active order by name"));
                found.addAll(list(UsageLevel.CENTRE, "select id, name from centre where active order by code"));
            }
            case REGION_OFFICER -> {
                if (scope.regionId() == null) {
                    break;
                }
                found.addAll(list(UsageLevel.REGION, "select r.id, r.name from region r, region a where a.id = ?"
                        + " and r.path like a.path || '%' order by r.path", scope.regionId()));
                found.addAll(list(UsageLevel.ALLIANCE, "select al.id, al.name from alliance al where al.active"
                        + " and exists (select 1 from alliance_centre ac where ac.alliance_id = al.id)"
                        + " and not exists (select 1 from alliance_centre ac join centre c on c.id = ac.centre_id"
                        + " join region r on r.id = c.region_id, region a where ac.alliance_id = al.id and a.id = ?"
                        + " and r.path not like a.path || '%') order by al.name", scope.regionId()));
                found.addAll(list(UsageLevel.CENTRE, "select c.id, c.name from centre c join region r"
                        + " on r.id = c.region_id, region a where a.id = ? and c.active and r.path like a.path || '%'"
                        + " order by c.code", scope.regionId()));
            }
            case CENTRE_MANAGER -> {
                if (scope.centreIds().isEmpty()) {
                    break;
                }
                var ids = scope.centreIds().toArray();
                String in = UsageSubjects.placeholders(ids.length);
                found.addAll(list(UsageLevel.ALLIANCE, "select distinct al.id, al.name from alliance al"
                        + " join alliance_centre ac on ac.alliance_id = al.id where al.active and ac.centre_id in ("
                        + in + ") order by al.name", ids));
                found.addAll(list(UsageLevel.CENTRE, "select id, name from centre where id in (" + in
                        + ") order by code", ids));
            }
            default -> {
                // NGO staff and kiosks report on nothing
            }
        }
        return found;
    }

    private List<ReportSubject> list(UsageLevel level, String sql, Object... args) {
        return jdbc.query(sql, (rs, i) -> new ReportSubject(new UsageSubject(level, rs.getLong(1)), rs.getString(2)),
                args);
    }

    /**
     * Organisations whose first session (not cancelled) in the subject's rooms falls in the period, read in the zone of
     * the subject's first centre, ordered by that first session.
     */
    List<NewPartner> newPartners(UsageSubject subject, List<Long> centres, UsagePeriod period) {
        if (centres.isEmpty()) {
            return List.of();
        }
        ZoneId zone = ZoneId.of(jdbc.queryForObject("select time_zone from centre where id = ?", String.class,
                centres.getFirst()));
        var from = Timestamp.from(period.from().atStartOfDay(zone).toInstant());
        var to = Timestamp.from(period.to().plusDays(1).atStartOfDay(zone).toInstant());
        String where = subject.level() == UsageLevel.ROOM ? "s.room_id = ?"
                : "s.centre_id in (" + UsageSubjects.placeholders(centres.size()) + ")";
        var args = new ArrayList<Object>(List.of(from, to));
        args.addAll(subject.level() == UsageLevel.ROOM ? List.of(subject.id()) : centres);
        args.add(to);
        args.add(from);
        return jdbc.query("select o.id, o.name, min(s.starts_at) first_start, sum(case when s.starts_at >= ? and"
                        + " s.starts_at < ? then 1 else 0 end) held from programme_session s"
                        + " join programme p on p.id = s.programme_id join organisation o on o.id = p.organisation_id"
                        + " where s.status <> 'CANCELLED' and " + where + " and s.starts_at < ?"
                        + " group by o.id, o.name having min(s.starts_at) >= ? order by first_start, o.name",
                (rs, i) -> new NewPartner(rs.getLong(1), rs.getString(2),
                        rs.getTimestamp(3).toInstant().atZone(zone).toLocalDate(), rs.getInt(4)),
                args.toArray());
    }
}
