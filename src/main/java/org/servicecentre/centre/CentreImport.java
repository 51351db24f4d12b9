package org.servicecentre.centre;

import static org.servicecentre.centre.ImportFormat.blankIfNull;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.servicecentre.security.Role;
import org.servicecentre.security.Scope;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Centres as CSV: {@code code,name,level,region_code,address,phone,time_zone,active}. The region must exist and
 * have the level the centre serves; an existing centre keeps its level and region.
 */
@Component
@Order(2)
class CentreImport implements ImportFormat {

    private static final List<String> COLUMNS = List.of("code", "name", "level", "region_code", "address", "phone",
            "time_zone", "active");
    private static final Map<String, CentreLevel> ALIASES = Map.of("市级", CentreLevel.MUNICIPAL,
            "区级", CentreLevel.DISTRICT, "街道", CentreLevel.STREET, "街道级", CentreLevel.STREET,
            "社区", CentreLevel.SHEQU, "社区级", CentreLevel.SHEQU);
    private static final Pattern PHONE = Pattern.compile("[0-9+() -]*");

    private final NamedParameterJdbcTemplate jdbc;
    private final RegionService regionService;

    CentreImport(NamedParameterJdbcTemplate jdbc, RegionService regionService) {
        this.jdbc = jdbc;
        this.regionService = regionService;
    }

    record Values(String code, String name, CentreLevel level, String regionCode, String address, String phone,
                  String zone, boolean active) {
    }

    private record Existing(long id, Values values) {
    }

    private record Place(long id, RegionLevel level) {
    }

    @Override
    public String kind() {
        return "centres";
    }

    @Override
    public List<String> columns() {
        return COLUMNS;
    }

    @Override
    public List<String> example() {
        return List.of("KJY", "科技园社区党群服务中心", "SHEQU", "SZ-NS-YH-KJY", "深圳市南山区科苑路8号",
                "0755-26551234", "Asia/Shanghai", "true");
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
        var parsed = new ArrayList<Values>();
        var firstLine = new HashMap<String, Integer>();
        for (var row : rows) {
            var check = new RowCheck(row);
            var centre = read(check);
            if (centre.code() != null) {
                Integer first = firstLine.putIfAbsent(centre.code(), row.line());
                if (first != null) {
                    check.problem("code", "import.problem.duplicate", centre.code(), first);
                }
            }
            checks.add(check);
            parsed.add(centre);
        }
        var regions = regions(parsed.stream().map(Values::regionCode).filter(Objects::nonNull).toList());
        var existing = load(parsed.stream().map(Values::code).filter(Objects::nonNull).toList());
        var planned = new ArrayList<ImportRow>();
        var inserts = new ArrayList<MapSqlParameterSource>();
        var updates = new ArrayList<MapSqlParameterSource>();
        for (int i = 0; i < parsed.size(); i++) {
            var centre = parsed.get(i);
            var check = checks.get(i);
            var region = centre.regionCode() == null ? null : regions.get(centre.regionCode());
            if (centre.regionCode() != null && region == null) {
                check.problem("region_code", "import.problem.unknown-region", centre.regionCode());
            } else if (region != null && centre.level() != null && region.level() != centre.level().serves()) {
                check.problem("region_code", "import.problem.centre-region-level", centre.regionCode(),
                        centre.level().serves());
            }
            var before = centre.code() == null ? null : existing.get(centre.code());
            ImportAction action = before == null ? ImportAction.NEW
                    : before.values().equals(centre) ? ImportAction.UNCHANGED : ImportAction.CHANGED;
            if (before != null && centre.level() != null && centre.regionCode() != null
                    && (before.values().level() != centre.level()
                        || !before.values().regionCode().equals(centre.regionCode()))) {
                check.problem(null, "import.problem.centre-structure", before.values().level(),
                        before.values().regionCode());
            }
            if (check.ok() && action == ImportAction.NEW) {
                inserts.add(parameters(centre).addValue("regionId", region.id()));
            } else if (check.ok() && action == ImportAction.CHANGED) {
                updates.add(parameters(centre).addValue("id", before.id()));
            }
            planned.add(new ImportRow(check.line(), centre.code(), action, check.problems()));
        }
        return new Plan(planned, () -> {
            jdbc.batchUpdate("""
                    insert into centre (code, name, level, region_id, address, phone, time_zone, active, version)
                    values (:code, :name, :level, :regionId, :address, :phone, :zone, :active, 0)""",
                    inserts.toArray(MapSqlParameterSource[]::new));
            jdbc.batchUpdate("""
                    update centre set name = :name, address = :address, phone = :phone, time_zone = :zone,
                        active = :active, version = version + 1 where id = :id""",
                    updates.toArray(MapSqlParameterSource[]::new));
        });
    }

    private static Values read(RowCheck check) {
        String code = check.code("code", true);
        String name = check.text("name", true, 100);
        CentreLevel level = check.choice("level", CentreLevel.class, ALIASES);
        String regionCode = check.code("region_code", true);
        String address = check.text("address", false, 200);
        String phone = check.text("phone", false, 40);
        if (phone != null && !PHONE.matcher(phone).matches()) {
            check.problem("phone", "import.problem.phone-format");
        }
        String zone = check.text("time_zone", false, 64);
        try {
            zone = zone == null ? CentreDraft.DEFAULT_ZONE.getId() : ZoneId.of(zone).getId();
        } catch (DateTimeException e) {
            check.problem("time_zone", "import.problem.unknown-zone", zone);
        }
        return new Values(code, name, level, regionCode, address, phone, zone, check.bool("active", true));
    }

    private static MapSqlParameterSource parameters(Values centre) {
        return new MapSqlParameterSource("code", centre.code()).addValue("name", centre.name())
                .addValue("level", centre.level().name()).addValue("address", centre.address())
                .addValue("phone", centre.phone()).addValue("zone", centre.zone()).addValue("active", centre.active());
    }

    private Map<String, Place> regions(List<String> codes) {
        var found = new HashMap<String, Place>();
        for (var chunk : ImportFormat.chunks(new HashSet<>(codes))) {
            jdbc.query("select id, code, level from region where code in (:codes)", Map.of("codes", chunk), rs -> {
                found.put(rs.getString("code"), new Place(rs.getLong("id"), RegionLevel.valueOf(rs.getString("level"))));
            });
        }
        return found;
    }

    private Map<String, Existing> load(List<String> codes) {
        var found = new HashMap<String, Existing>();
        for (var chunk : ImportFormat.chunks(new HashSet<>(codes))) {
            jdbc.query(SELECT + " where c.code in (:codes)", Map.of("codes", chunk),
                    rs -> {
                        var values = new Values(rs.getString(1), rs.getString(2), CentreLevel.valueOf(rs.getString(3)),
                                rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getBoolean(8));
                        found.put(values.code(), new Existing(rs.getLong(9), values));
                    });
        }
        return found;
    }

    private static final String SELECT = """
            select c.code, c.name, c.level, r.code, c.address, c.phone, c.time_zone, c.active, c.id
            from centre c join region r on r.id = c.region_id""";

    @Override
    public List<List<String>> export(Scope scope) {
        String prefix = scope.is(Role.REGION_OFFICER) ? regionService.get(scope.regionId()).path() : "/";
        return jdbc.query(SELECT + " where r.path like :prefix order by c.code", Map.of("prefix", prefix + "%"),
                (rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        blankIfNull(rs.getString(5)), blankIfNull(rs.getString(6)), rs.getString(7),
                        String.valueOf(rs.getBoolean(8))));
    }
}
