package org.servicecentre.occupancy;

import java.util.List;

import org.servicecentre.security.CurrentUser;
import org.servicecentre.security.Role;
import org.servicecentre.security.Scope;
import org.servicecentre.shared.NotFoundException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Resolves a subject to its centres and rooms and checks that the caller may read it: admins everything; officers
 * rooms, centres and regions in their region and alliances whose centres all are; managers their own centres and
 * rooms and the alliances one of their centres belongs to (alliances share rooms); NGO staff and kiosks nothing.
 * <p>
 * Reads the centre module's tables directly: dashboards are a read model over the whole schema, and a city's worth of
 * centres cannot go through services one by one.
 */
@Component
class UsageSubjects {

    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;

    UsageSubjects(JdbcTemplate jdbc, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
    }

    /** The caller's scope after checking they may read the subject. */
    Scope check(UsageSubject subject) {
        var scope = currentUser.scope();
        if (!mayRead(scope, subject)) {
            throw new AccessDeniedException("usage of " + subject);
        }
        return scope;
    }

    boolean mayRead(Scope scope, UsageSubject subject) {
        var centres = centresOf(subject);
        return switch (scope.role()) {
            case ADMIN -> true;
            case REGION_OFFICER -> scope.regionId() != null && (subject.level() == UsageLevel.REGION
                    ? regionWithin(subject.id(), scope.regionId())
                    : !centres.isEmpty() && centres.stream().allMatch(c -> centreWithin(c, scope.regionId())));
            case CENTRE_MANAGER -> switch (subject.level()) {
                case ROOM, CENTRE -> centres.size() == 1 && scope.managesCentre(centres.getFirst());
                case ALLIANCE -> centres.stream().anyMatch(scope::managesCentre);
                case REGION -> false;
            };
            default -> false;
        } || scope.role() == Role.ADMIN;
    }

    /** The ids of the centres a subject covers (one for a room or centre), sorted. */
    List<Long> centresOf(UsageSubject subject) {
        var ids = switch (subject.level()) {
            case ROOM -> jdbc.queryForList("select centre_id from room where id = ?", Long.class, subject.id());
            case CENTRE -> jdbc.queryForList("select id from centre where id = ?", Long.class, subject.id());
            case ALLIANCE -> jdbc.queryForList("select centre_id from alliance_centre where alliance_id = ? order by centre_id",
                    Long.class, subject.id());
            case REGION -> jdbc.queryForList("select c.id from centre c join region r on r.id = c.region_id"
                    + " where r.path like (select path from region where id = ?) || '%' order by c.id", Long.class,
                    subject.id());
        };
        if (ids.isEmpty() && subject.level() != UsageLevel.ALLIANCE && subject.level() != UsageLevel.REGION) {
            throw new NotFoundException(subject.level().name().toLowerCase(java.util.Locale.ROOT), subject.id());
        }
        return ids;
    }

    /** The rooms a subject covers, sorted. */
    List<Long> roomsOf(UsageSubject subject) {
        if (subject.level() == UsageLevel.ROOM) {
            return List.of(subject.id());
        }
        var centres = centresOf(subject);
        if (centres.isEmpty()) {
            return List.of();
        }
        return jdbc.queryForList("select id from room where centre_id in (" + placeholders(centres.size())
                + ") order by id", Long.class, centres.toArray());
    }

    /** The subject's name as people call it. */
    String name(UsageSubject subject) {
        var sql = switch (subject.level()) {
            case ROOM -> "select c.name || ' · ' || r.name from room r join centre c on c.id = r.centre_id where r.id = ?";
            case CENTRE -> "select name from centre where id = ?";
            case ALLIANCE -> "select name from alliance where id = ?";
            case REGION -> "select name from region where id = ?";
        };
        return jdbc.queryForList(sql, String.class, subject.id()).stream().findFirst()
                .orElseThrow(() -> new NotFoundException(subject.level().name().toLowerCase(java.util.Locale.ROOT),
                        subject.id()));
    }

    private boolean regionWithin(long regionId, long ancestorId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select count(*) > 0 from region r, region a where r.id = ?"
                + " and a.id = ? and r.path like a.path || '%'", Boolean.class, regionId, ancestorId));
    }

    private boolean centreWithin(long centreId, long ancestorId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select count(*) > 0 from centre c join region r on r.id = c.region_id,"
                + " region a where c.id = ? and a.id = ? and r.path like a.path || '%'", Boolean.class, centreId, ancestorId));
    }

    static String placeholders(int count) {
        return String.join(",", java.util.Collections.nCopies(count, "?"));
    }
}
