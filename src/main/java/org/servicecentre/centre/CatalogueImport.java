package org.servicecentre.centre;

import static org.servicecentre.centre.ImportFormat.blankIfNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.servicecentre.security.Scope;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The service catalogue as CSV: {@code level,code,parent_code,name_zh,name_en,description,sort_order,active}, one
 * row per sector, category or item. Rows update by (level, code); a parent may come later in the same file. The
 * catalogue is small (a city has a few thousand items), so rows are written through {@link CatalogueService#save},
 * sectors first, with its checks.
 */
@Component
@Order(4)
class CatalogueImport implements ImportFormat {

    private static final List<String> COLUMNS = List.of("level", "code", "parent_code", "name_zh", "name_en",
            "description", "sort_order", "active");
    private static final Map<String, CatalogueLevel> ALIASES = Map.of("板块", CatalogueLevel.SECTOR,
            "领域", CatalogueLevel.SECTOR, "分类", CatalogueLevel.CATEGORY, "类别", CatalogueLevel.CATEGORY,
            "事项", CatalogueLevel.ITEM, "服务事项", CatalogueLevel.ITEM);

    private final NamedParameterJdbcTemplate jdbc;
    private final CatalogueService catalogue;

    CatalogueImport(NamedParameterJdbcTemplate jdbc, CatalogueService catalogue) {
        this.jdbc = jdbc;
        this.catalogue = catalogue;
    }

    private record Entry(CatalogueLevel level, String code, String parentCode, String nameZh, String nameEn,
                         String description, int sortOrder, boolean active) {

        String key() {
            return level + "/" + code;
        }

        String parentKey() {
            return level.parentLevel() + "/" + parentCode;
        }

        /** Only items keep a description (see CatalogueEntry); reading it as empty keeps re-imports unchanged. */
        Entry {
            description = level == CatalogueLevel.ITEM ? description : "";
        }

        CatalogueEntryDraft draft() {
            var draft = new CatalogueEntryDraft(level, code, parentCode, nameZh, nameEn);
            draft.setDescription(description);
            draft.setSortOrder(sortOrder);
            draft.setActive(active);
            return draft;
        }
    }

    @Override
    public String kind() {
        return "catalogue";
    }

    @Override
    public List<String> columns() {
        return COLUMNS;
    }

    @Override
    public List<String> example() {
        return List.of("ITEM", "LEGAL-CLINIC", "LEGAL-AID", "法律咨询", "Legal clinic", "律师现场解答法律问题", "10", "true");
    }

    @Override
    public boolean mayImport(Scope scope) {
        return scope.isAdmin();
    }

    /** The catalogue is no secret: everyone who may use the import page may take it home. */
    @Override
    public boolean mayExport(Scope scope) {
        return true;
    }

    @Override
    public Plan plan(List<CsvFile.Row> rows, Scope scope) {
        var existing = load();
        var inFile = new HashMap<String, Integer>();
        var planned = new ArrayList<ImportRow>();
        var checks = new ArrayList<RowCheck>();
        var parsed = new ArrayList<Entry>();
        for (var row : rows) {
            var check = new RowCheck(row);
            var level = check.choice("level", CatalogueLevel.class, ALIASES);
            var entry = level == null ? null : new Entry(level, check.code("code", true),
                    check.code("parent_code", false), check.text("name_zh", true, 100), blankIfNull(check.text("name_en", false, 100)),
                    blankIfNull(check.text("description", false, 500)), sortOrder(check),
                    check.bool("active", true));
            if (entry != null && entry.code() != null) {
                Integer first = inFile.putIfAbsent(entry.key(), row.line());
                if (first != null) {
                    check.problem("code", "import.problem.duplicate", entry.code(), first);
                }
            }
            checks.add(check);
            parsed.add(entry);
        }
        var changed = new ArrayList<Entry>();
        for (int i = 0; i < parsed.size(); i++) {
            var entry = parsed.get(i);
            var check = checks.get(i);
            if (entry == null || entry.code() == null) {
                planned.add(new ImportRow(check.line(), entry == null ? null : entry.code(), ImportAction.NEW,
                        check.problems()));
                continue;
            }
            checkParent(entry, check, inFile, existing);
            var before = existing.get(entry.key());
            var action = before == null ? ImportAction.NEW
                    : before.equals(entry) ? ImportAction.UNCHANGED : ImportAction.CHANGED;
            if (action != ImportAction.UNCHANGED) {
                changed.add(entry);
            }
            planned.add(new ImportRow(check.line(), entry.code(), action, check.problems()));
        }
        changed.sort(Comparator.comparing(Entry::level));
        return new Plan(planned, () -> changed.forEach(e -> catalogue.save(e.draft())));
    }

    /** A bad number is already a problem of the row; 0 keeps the row comparable meanwhile. */
    private static int sortOrder(RowCheck check) {
        Integer order = check.integer("sort_order", 0, 99999, 0);
        return order == null ? 0 : order;
    }

    private static void checkParent(Entry entry, RowCheck check, Map<String, Integer> inFile,
                                    Map<String, Entry> existing) {
        var wanted = entry.level().parentLevel();
        if (wanted == null) {
            if (entry.parentCode() != null) {
                check.problem("parent_code", "import.problem.sector-has-parent");
            }
        } else if (entry.parentCode() == null) {
            check.problem("parent_code", "import.problem.catalogue-parent-required", wanted);
        } else if (!inFile.containsKey(entry.parentKey()) && !existing.containsKey(entry.parentKey())) {
            check.problem("parent_code", "import.problem.unknown-catalogue-parent", wanted, entry.parentCode());
        }
    }

    /** The whole catalogue, keyed by level and code, normalised as a file row would read. */
    private Map<String, Entry> load() {
        var found = new HashMap<String, Entry>();
        jdbc.query("""
                select e.level, e.code, p.code as parent_code, e.name_zh, e.name_en, e.description, e.sort_order, e.active
                from catalogue_entry e left join catalogue_entry p on p.id = e.parent_id""", rs -> {
                    var entry = new Entry(CatalogueLevel.valueOf(rs.getString("level")), rs.getString("code"),
                            rs.getString("parent_code"), rs.getString("name_zh"), blankIfNull(rs.getString("name_en")),
                            blankIfNull(rs.getString("description")), rs.getInt("sort_order"), rs.getBoolean("active"));
                    found.put(entry.key(), entry);
                });
        return found;
    }

    @Override
    public List<List<String>> export(Scope scope) {
        return load().values().stream()
                .sorted(Comparator.comparing(Entry::level).thenComparing(Entry::sortOrder).thenComparing(Entry::code))
                .map(e -> List.of(e.level().name(), e.code(), blankIfNull(e.parentCode()), e.nameZh(), e.nameEn(),
                        e.description(), String.valueOf(e.sortOrder()), String.valueOf(e.active())))
                .toList();
    }
}
