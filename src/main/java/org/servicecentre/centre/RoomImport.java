package org.servicecentre.centre;

import static org.servicecentre.centre.ImportFormat.blankIfNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.servicecentre.security.Role;
import org.servicecentre.security.Scope;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Rooms as CSV, one per (centre_code, code). Managers import and export the rooms of their own centres only;
 * amenities are codes of the managed list separated by {@code ;}. New rooms get a fresh door token.
 */
@Component
@Order(3)
class RoomImport implements ImportFormat {

    private static final List<String> COLUMNS = List.of("centre_code", "code", "name", "capacity", "area_m2", "floor",
            "needs_approval", "setup_minutes", "cleanup_minutes", "bookable", "active", "amenities", "description");
    private static final BigDecimal MAX_AREA = new BigDecimal("9999999.9");

    private final NamedParameterJdbcTemplate jdbc;
    private final RoomWriter writer;
    private final RegionService regionService;

    RoomImport(NamedParameterJdbcTemplate jdbc, RegionService regionService) {
        this.jdbc = jdbc;
        this.writer = new RoomWriter(jdbc);
        this.regionService = regionService;
    }

    /** A room's imported values, compared as a whole to tell changed rooms from unchanged ones. */
    record Values(String centreCode, String code, String name, Integer capacity, BigDecimal area, String floor,
                  boolean needsApproval, Integer setup, Integer cleanup, boolean bookable, boolean active,
                  Set<String> amenities, String description) {

        String key() {
            return centreCode + "/" + code;
        }
    }

    @Override
    public String kind() {
        return "rooms";
    }

    @Override
    public List<String> columns() {
        return COLUMNS;
    }

    @Override
    public List<String> example() {
        return List.of("KJY", "R101", "多功能活动室", "40", "85.5", "1", "false", "15", "15", "true", "true",
                "PROJECTOR;STEP_FREE", "一楼东侧，可布置课桌");
    }

    @Override
    public boolean mayImport(Scope scope) {
        return scope.isAdmin() || scope.is(Role.CENTRE_MANAGER);
    }

    @Override
    public boolean mayExport(Scope scope) {
        return scope.isAdmin() || scope.is(Role.CENTRE_MANAGER) || scope.is(Role.REGION_OFFICER);
    }

    @Override
    public Plan plan(List<CsvFile.Row> rows, Scope scope) {
        var checks = new ArrayList<RowCheck>();
        var parsed = new ArrayList<Values>();
        for (var row : rows) {
            var check = new RowCheck(row);
            parsed.add(read(check));
            checks.add(check);
        }
        var centres = centreIds(parsed.stream().map(Values::centreCode).filter(Objects::nonNull).toList());
        var amenities = amenityIds();
        // only the caller's own centres: a manager's preview must not tell what other centres' rooms hold
        var existing = writer.load(centres.values().stream()
                .filter(id -> scope.isAdmin() || scope.managesCentre(id)).toList());
        var firstLine = new HashMap<String, Integer>();
        var planned = new ArrayList<ImportRow>();
        var fresh = new ArrayList<Values>();
        var changed = new ArrayList<Values>();
        for (int i = 0; i < parsed.size(); i++) {
            var room = parsed.get(i);
            var check = checks.get(i);
            Long centreId = room.centreCode() == null ? null : centres.get(room.centreCode());
            if (room.centreCode() != null && centreId == null) {
                check.problem("centre_code", "import.problem.unknown-centre", room.centreCode());
            } else if (centreId != null && !scope.isAdmin() && !scope.managesCentre(centreId)) {
                check.problem("centre_code", "import.problem.not-your-centre", room.centreCode());
            }
            if (room.centreCode() != null && room.code() != null) {
                Integer first = firstLine.putIfAbsent(room.key(), check.line());
                if (first != null) {
                    check.problem("code", "import.problem.duplicate", room.key(), first);
                }
            }
            var unknown = room.amenities().stream().filter(a -> !amenities.containsKey(a)).toList();
            if (!unknown.isEmpty()) {
                check.problem("amenities", "import.problem.unknown-amenity", String.join(";", unknown));
            }
            var before = existing.get(room.key());
            ImportAction action = before == null ? ImportAction.NEW
                    : before.values().equals(room) ? ImportAction.UNCHANGED : ImportAction.CHANGED;
            if (check.ok() && action == ImportAction.NEW) {
                fresh.add(room);
            } else if (check.ok() && action == ImportAction.CHANGED) {
                changed.add(room);
            }
            String code = room.code() == null ? null : room.centreCode() + " / " + room.code();
            planned.add(new ImportRow(check.line(), code, action, check.problems()));
        }
        return new Plan(planned, () -> writer.write(fresh, changed, existing, centres, amenities));
    }

    private static Values read(RowCheck check) {
        String centreCode = check.code("centre_code", true);
        String code = check.code("code", true);
        String name = check.text("name", true, 100);
        Integer capacity = check.integer("capacity", 1, 2000, null);
        BigDecimal area = check.decimal("area_m2", 1, MAX_AREA);
        String floor = check.text("floor", false, 16);
        boolean approval = check.bool("needs_approval", false);
        Integer setup = check.integer("setup_minutes", 0, 240, 0);
        Integer cleanup = check.integer("cleanup_minutes", 0, 240, 0);
        boolean bookable = check.bool("bookable", true);
        boolean active = check.bool("active", true);
        String amenityList = check.text("amenities", false, 1000);
        var amenities = amenityList == null ? new TreeSet<String>() : Arrays.stream(amenityList.split("[;；]"))
                .map(String::trim).filter(s -> !s.isEmpty()).map(s -> s.toUpperCase(Locale.ROOT))
                .collect(Collectors.toCollection(TreeSet::new));
        String description = check.text("description", false, 500);
        return new Values(centreCode, code, name, capacity, area, floor, approval, setup, cleanup, bookable, active,
                amenities, description);
    }

    private Map<String, Long> centreIds(List<String> codes) {
        var found = new HashMap<String, Long>();
        for (var chunk : ImportFormat.chunks(new HashSet<>(codes))) {
            jdbc.query("select id, code from centre where code in (:codes)", Map.of("codes", chunk),
                    rs -> {
                        found.put(rs.getString("code"), rs.getLong("id"));
                    });
        }
        return found;
    }

    private Map<String, Long> amenityIds() {
        var found = new HashMap<String, Long>();
        jdbc.query("select id, code from amenity", rs -> {
            found.put(rs.getString("code").toUpperCase(Locale.ROOT), rs.getLong("id"));
        });
        return found;
    }

    @Override
    public List<List<String>> export(Scope scope) {
        var centreFilter = new MapSqlParameterSource("everything", scope.isAdmin())
                .addValue("centreIds", scope.is(Role.CENTRE_MANAGER) && !scope.centreIds().isEmpty()
                        ? scope.centreIds() : Set.of(-1L))
                .addValue("prefix", scope.is(Role.REGION_OFFICER)
                        ? regionService.get(scope.regionId()).path() + "%" : "");
        var ids = jdbc.queryForList("""
                select c.id from centre c join region r on r.id = c.region_id
                where :everything = true or c.id in (:centreIds) or (:prefix <> '' and r.path like :prefix)""",
                centreFilter, Long.class);
        return writer.load(ids).values().stream()
                .map(RoomWriter.Existing::values)
                .sorted(java.util.Comparator.comparing(Values::centreCode).thenComparing(Values::code))
                .map(RoomImport::line)
                .toList();
    }

    private static List<String> line(Values room) {
        return List.of(room.centreCode(), room.code(), room.name(), String.valueOf(room.capacity()),
                room.area() == null ? "" : room.area().setScale(1, RoundingMode.UNNECESSARY).toPlainString(),
                blankIfNull(room.floor()), String.valueOf(room.needsApproval()), String.valueOf(room.setup()),
                String.valueOf(room.cleanup()), String.valueOf(room.bookable()), String.valueOf(room.active()),
                String.join(";", room.amenities()), blankIfNull(room.description()));
    }
}
