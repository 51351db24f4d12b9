package org.servicecentre.centre;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicecentre.centre.ImportFiles.excel;
import static org.servicecentre.centre.ImportFiles.unique;
import static org.servicecentre.security.SystemAuthentication.asSystem;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.servicecentre.ServiceCentreTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@ServiceCentreTest
class CatalogueImportIntegrationTest {

    static final String CATALOGUE = "level,code,parent_code,name_zh,name_en,description,sort_order,active";

    @Autowired
    ImportService imports;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void importsATreeWhoseParentsComeLaterAndASecondImportChangesNothing() {
        String s = unique();
        byte[] file = excel(CATALOGUE,
                "ITEM,IT-" + s + ",CA-" + s + ",社区调解,Mediation,邻里纠纷调解,5,true",
                "事项,IT2-" + s + ",CA-" + s + ",法律援助申请指导,,,6,是",
                "CATEGORY,CA-" + s + ",SE-" + s + ",人民调解,,,1,true",
                "SECTOR,SE-" + s + ",,综合治理,Community governance,领域的说明不保存,90,true");

        var first = asSystem(() -> imports.commit("catalogue", file));
        long versions = versionsOf(s);
        var second = asSystem(() -> imports.commit("catalogue", file));

        assertThat(first.problems()).isEmpty();
        assertThat(first.rows()).extracting(ImportRow::action).containsOnly(ImportAction.NEW);
        assertThat(second.rows()).extracting(ImportRow::action).containsOnly(ImportAction.UNCHANGED);
        assertThat(versionsOf(s)).isEqualTo(versions);
        assertThat(jdbc.queryForObject("""
                select p.code from catalogue_entry e join catalogue_entry p on p.id = e.parent_id
                where e.level = 'ITEM' and e.code = ?""", String.class, "IT-" + s)).isEqualTo("CA-" + s);
    }

    @Test
    void reportsUnknownParentsWrongLevelsAndDuplicatesAndWritesNothing() {
        String s = unique();
        long before = count();

        var preview = asSystem(() -> imports.commit("catalogue", excel(CATALOGUE,
                "SECTOR,SE-" + s + ",,新领域,,,1,true",
                "ITEM,IT-" + s + ",NOPE-" + s + ",孤儿事项,,,1,true",
                "LEAF,XX-" + s + ",SE-" + s + ",错层级,,,1,true",
                "SECTOR,SE-" + s + ",,重复领域,,,1,true",
                "SECTOR,SF-" + s + ",SE-" + s + ",有上级的领域,,,x,true")));

        assertThat(preview.problems()).extracting(p -> p.line() + ":" + p.column()).containsExactlyInAnyOrder(
                "3:parent_code", "4:level", "5:code", "6:parent_code", "6:sort_order");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void exportsTheCatalogueInAFormThatImportsBackUnchanged() {
        byte[] exported = asSystem(() -> imports.export("catalogue"));

        var preview = asSystem(() -> imports.preview("catalogue", exported));

        assertThat(preview.problems()).isEmpty();
        assertThat(preview.rows()).hasSizeGreaterThan(10).allMatch(r -> r.action() == ImportAction.UNCHANGED);
    }

    private long versionsOf(String suffix) {
        return jdbc.queryForObject("select coalesce(sum(version), 0) from catalogue_entry where code like ?", Long.class,
                "%-" + suffix);
    }

    private long count() {
        return jdbc.queryForObject("select count(*) from catalogue_entry", Long.class);
    }
}
