package org.servicecentre.centre;

import static org.servicecentre.centre.ImportFormat.blankIfNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.servicecentre.security.Role;
import org.servicecentre.security.Scope;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Regions as CSV: {@code code,name,level,parent_code}. A row may name a parent that comes later in the same file;
 * parents are written before their children. An existing region keeps its level and parent; only its name changes.
 */
@Component
@Order(1)
class RegionImport implements ImportFormat {

    private static final List<String> COLUMNS = List.of("code", "name", "level", "parent_code");
    private static final Map<String, RegionLevel> ALIASES = Map.of("市", RegionLevel.CITY, "区", RegionLevel.DISTRICT,
            "街道", RegionLevel.STREET, "社区", RegionLevel.SHEQU);

    private final NamedParameterJdbcTemplate jdbc;
    private final RegionService regionService;

    RegionImport(NamedParameterJdbcTemplate jdbc, RegionService regionService) {
        this.jdbc = jdbc;
        this.regionService = regionService;
    }

    private record Parsed(String code, String name, RegionLevel level, String parentCode) {
    }

    private record Existing(long id, String name, RegionLevel level, String parentCode, String path) {
    }

    @Override
    public String kind() {
        return "regions";
    }

    @Override
    public List<String> columns() {
        return COLUMNS;
    }

    @Override
    public List<String> example() {
        return List.of("SZ-NS-YH-KJY", "科技园社区", "SHEQU", "SZ-NS-YH");
    }

    @Override
    public boolean mayImport(Scope scope) {
        return scope.isAdmin();
    }

    @Override
    public boolean mayExport(Scope scope) {
        return scope.isAdmin() || scope.is(Role.REGION_OFFICER);
    }

    @Override
    public Plan plan(List<CsvFile.Row> rows, Scope scope) {
        var checks = new ArrayList<RowCheck>();
        var parsed = new ArrayList<Parsed>();
        var inFile = new HashMap<String, Parsed>();
        var firstLine = new HashMap<String, Integer>();
        for (var row : rows) {
            var check = new RowCheck(row);
            var region = new Parsed(check.code("code", true), check.text("name", true, 100),
                    check.choice("level", RegionLevel.class, ALIASES), check.code("parent_code", false));
            if (region.code() != null) {
                Integer first = firstLine.putIfAbsent(region.code(), row.line());
                if (first != null) {
                    check.problem("code", "import.problem.duplicate", region.code(), first);
                } else {
                    inFile.put(region.code(), region);
                }
            }
            checks.add(check);
            parsed.add(region);
        }
        var codes = new HashSet<String>();
        parsed.forEach(p -> {
            codes.add(p.code());
            codes.add(p.parentCode());
        });
        codes.remove(null);
        var existing = load(codes);
        var planned = new ArrayList<ImportRow>();
        var changed = new ArrayList<Parsed>();
        for (int i = 0; i < parsed.size(); i++) {
            var region = parsed.get(i);
            var check = checks.get(i);
            checkParent(region, check, inFile, existing);
            var before = region.code() == null ? null : existing.get(region.code());
            ImportAction action = before == null ? ImportAction.NEW
                    : Objects.equals(before.name(), region.name()) ? ImportAction.UNCHANGED : ImportAction.CHANGED;
            if (before != null && region.level() != null
                    && (before.level() != region.level() || !Objects.equals(before.parentCode(), region.parentCode()))) {
                check.problem(null, "import.problem.region-structure", blankIfNull(before.level()),
                        blankIfNull(before.parentCode()));
            }
            if (action != ImportAction.UNCHANGED) {
                changed.add(region);
            }
            planned.add(new ImportRow(check.line(), region.code(), action, check.problems()));
        }
        return new Plan(planned, () -> write(changed, existing));
    }

    private static void checkParent(Parsed region, RowCheck check, Map<String, Parsed> inFile,
                                    Map<String, Existing> existing) {
        if (region.level() == null) {
            return;
        }
        var wanted = region.level().parentLevel();
        if (wanted == null) {
            if (region.parentCode() != null) {
                check.problem("parent_code", "import.problem.city-has-parent");
            }
            return;
        }
        if (region.parentCode() == null) {
            check.problem("parent_code", "import.problem.parent-required", wanted);
            return;
        }
        var parentInFile = inFile.get(region.parentCode());
        var parentInDatabase = existing.get(region.parentCode());
        RegionLevel parentLevel = parentInFile != null ? parentInFile.level()
                : parentInDatabase != null ? parentInDatabase.level() : null;
        if (parentInFile == null && parentInDatabase == null) {
            check.problem("parent_code", "import.problem.unknown-parent", region.parentCode());
        } else if (parentLevel != null && parentLevel != wanted) {
            check.problem("parent_code", "import.problem.parent-level", region.parentCode(), parentLevel, wanted);
        }
    }

    private Map<String, Existing> load(java.util.Set<String> codes) {
        var found = new HashMap<String, Existing>();
        for (var chunk : ImportFormat.chunks(codes)) {
            jdbc.query("""
                    select r.id, r.code, r.name, r.level, r.path, p.code as parent_code
                    from region r left join region p on p.id = r.parent_id where r.code in (:codes)""",
                    Map.of("codes", chunk), rs -> {
                        found.put(rs.getString("code"), new Existing(rs.getLong("id"), rs.getString("name"),
                                RegionLevel.valueOf(rs.getString("level")), rs.getString("parent_code"),
                                rs.getString("path")));
                    });
        }
        return found;
    }

    /** Renames the changed regions, then inserts the new ones level by level so that each parent has its id. */
    private void write(List<Parsed> changed, Map<String, Existing> existing) {
        var renames = changed.stream().filter(r -> existing.containsKey(r.code()))
                .map(r -> new MapSqlParameterSource("id", existing.get(r.code()).id()).addValue("name", r.name()))
                .toArray(MapSqlParameterSource[]::new);
        jdbc.batchUpdate("update region set name = :name, version = version + 1 where id = :id", renames);
        var places = new HashMap<String, Long>();
        var paths = new HashMap<String, String>();
        existing.forEach((code, region) -> {
            places.put(code, region.id());
            paths.put(code, region.path());
        });
        for (var level : RegionLevel.values()) {
            var fresh = changed.stream().filter(r -> r.level() == level && !existing.containsKey(r.code())).toList();
            if (fresh.isEmpty()) {
                continue;
            }
            jdbc.batchUpdate("""
                    insert into region (code, name, level, parent_id, path, version)
                    values (:code, :name, :level, :parentId, '/', 0)""", fresh.stream()
                    .map(r -> new MapSqlParameterSource("code", r.code()).addValue("name", r.name())
                            .addValue("level", r.level().name())
                            .addValue("parentId", r.parentCode() == null ? null : places.get(r.parentCode())))
                    .toArray(MapSqlParameterSource[]::new));
            var ids = new HashMap<String, Long>();
            for (var chunk : ImportFormat.chunks(fresh.stream().map(Parsed::code).toList())) {
                jdbc.query("select id, code from region where code in (:codes)", Map.of("codes", chunk),
                        rs -> {
                            ids.put(rs.getString("code"), rs.getLong("id"));
                        });
            }
            var pathUpdates = new ArrayList<MapSqlParameterSource>();
            for (var region : fresh) {
                long id = ids.get(region.code());
                String path = (region.parentCode() == null ? "/" : paths.get(region.parentCode())) + id + "/";
                places.put(region.code(), id);
                paths.put(region.code(), path);
                pathUpdates.add(new MapSqlParameterSource("id", id).addValue("path", path));
            }
            jdbc.batchUpdate("update region set path = :path where id = :id",
                    pathUpdates.toArray(MapSqlParameterSource[]::new));
        }
    }

    @Override
    public List<List<String>> export(Scope scope) {
        String prefix = scope.is(Role.REGION_OFFICER) ? regionService.get(scope.regionId()).path() : "/";
        return jdbc.query("""
                select r.code, r.name, r.level, p.code as parent_code
                from region r left join region p on p.id = r.parent_id
                where r.path like :prefix order by r.path""", Map.of("prefix", prefix + "%"),
                (rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3), blankIfNull(rs.getString(4))));
    }
}
