package org.servicecentre.centre;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.servicecentre.centre.ImportFiles.CENTRES;
import static org.servicecentre.centre.ImportFiles.GBK;
import static org.servicecentre.centre.ImportFiles.REGIONS;
import static org.servicecentre.centre.ImportFiles.ROOMS;
import static org.servicecentre.centre.ImportFiles.excel;
import static org.servicecentre.centre.ImportFiles.mixed;
import static org.servicecentre.centre.ImportFiles.plain;
import static org.servicecentre.centre.ImportFiles.unique;
import static org.servicecentre.security.SystemAuthentication.asSystem;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.servicecentre.ServiceCentreTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

@ServiceCentreTest
class ImportIntegrationTest {

    @Autowired
    ImportService imports;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void importsRegionsWhoseParentsComeLaterInTheSameFile() {
        String s = unique();
        byte[] file = excel(REGIONS,
                "SQ-" + s + ",新建社区" + s + ",SHEQU,JD-" + s,
                "JD-" + s + ",新建街道" + s + ",街道,SZ-NS",
                "sq2-" + s + ",第二社区" + s + ",社区,jd-" + s);

        var preview = asSystem(() -> imports.preview("regions", file));
        var result = asSystem(() -> imports.commit("regions", file));

        assertThat(preview.problems()).isEmpty();
        assertThat(preview.rows()).extracting(ImportRow::line).containsExactly(2, 3, 4);
        assertThat(preview.count(ImportAction.NEW)).isEqualTo(3);
        assertThat(result.committed()).isTrue();
        String streetPath = jdbc.queryForObject("select path from region where code = ?", String.class, "JD-" + s);
        assertThat(jdbc.queryForObject("select path from region where code = ?", String.class, "SQ2-" + s))
                .startsWith(streetPath).hasSizeGreaterThan(streetPath.length());
        assertThat(jdbc.queryForObject("select p.code from region r join region p on p.id = r.parent_id where r.code = ?",
                String.class, "JD-" + s)).isEqualTo("SZ-NS");
    }

    @Test
    void importingTheSameFileTwiceChangesNothing() {
        String s = unique();
        byte[] regions = excel(REGIONS, "JD-" + s + ",两次街道,STREET,SZ-NS", "SQ-" + s + ",两次社区,SHEQU,JD-" + s);
        byte[] centres = excel(CENTRES, "C-" + s + ",两次社区党群服务中心,SHEQU,SQ-" + s + ",\"深圳市南山区, 1号\",0755-1234,,是");
        byte[] rooms = excel(ROOMS, "C-" + s + ",R1,活动室,40,85.5,1,否,15,10,是,是,,",
                "C-" + s + ",R2,会议室,12,,2,true,0,0,true,false,,小会议室");
        asSystem(() -> imports.commit("regions", regions));
        asSystem(() -> imports.commit("centres", centres));
        asSystem(() -> imports.commit("rooms", rooms));
        var before = snapshot();

        var again = List.of(asSystem(() -> imports.commit("regions", regions)),
                asSystem(() -> imports.commit("centres", centres)), asSystem(() -> imports.commit("rooms", rooms)));

        assertThat(again).allSatisfy(p -> {
            assertThat(p.problems()).isEmpty();
            assertThat(p.rows()).allMatch(r -> r.action() == ImportAction.UNCHANGED);
        });
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void changesOnlyTheRowsThatDiffer() {
        String s = unique();
        byte[] first = excel(CENTRES, "C-" + s + ",旧名称,SHEQU,SZ-NS-NT-TL,,,,true", "D-" + s + ",不变,SHEQU,SZ-NS-NT-TL,,,,true");
        asSystem(() -> imports.commit("centres", first));
        long version = jdbc.queryForObject("select version from centre where code = ?", Long.class, "D-" + s);

        var result = asSystem(() -> imports.commit("centres",
                excel(CENTRES, "C-" + s + ",新名称,SHEQU,SZ-NS-NT-TL,,,Asia/Urumqi,false", "D-" + s + ",不变,SHEQU,SZ-NS-NT-TL,,,,true")));

        assertThat(result.rows()).extracting(ImportRow::action).containsExactly(ImportAction.CHANGED, ImportAction.UNCHANGED);
        assertThat(jdbc.queryForMap("select name, time_zone, active from centre where code = ?", "C-" + s))
                .containsValues("新名称", "Asia/Urumqi", false);
        assertThat(jdbc.queryForObject("select version from centre where code = ?", Long.class, "D-" + s)).isEqualTo(version);
    }

    @Test
    void exportedFilesImportBackUnchanged() {
        String s = unique();
        jdbc.update("insert into amenity (code, name_zh, name_en) values (?, '投影仪', 'Projector')", "PJ" + s);
        asSystem(() -> imports.commit("rooms", excel(ROOMS, "KJY,RT-" + s + ",\"带引号的\"\"报告厅\"\"\",120,150,3,是,30,30,是,是,PJ"
                + s + ",\"两行\n说明\"")));

        for (String kind : List.of("regions", "centres", "rooms")) {
            byte[] exported = asSystem(() -> imports.export(kind));
            var preview = asSystem(() -> imports.preview(kind, exported));

            assertThat(exported).startsWith(0xEF, 0xBB, 0xBF);
            assertThat(preview.problems()).as(kind).isEmpty();
            assertThat(preview.rows()).as(kind).isNotEmpty().allMatch(r -> r.action() == ImportAction.UNCHANGED);
        }
        assertThat(new String(asSystem(() -> imports.export("rooms")), StandardCharsets.UTF_8))
                .contains("KJY,RT-" + s + ",\"带引号的\"\"报告厅\"\"\",120,150.0,3,true,30,30,true,true,PJ" + s);
    }

    @Test
    void reportsWrongAndUnknownColumnsForTheWholeFileAndWritesNothing() {
        var before = snapshot();

        var preview = asSystem(() -> imports.commit("centres", excel("code,name,level,region,colour", "X1,名称,SHEQU,SZ,red")));

        assertThat(preview.committed()).isFalse();
        assertThat(preview.rows()).isEmpty();
        assertThat(preview.fileProblems()).extracting(ImportProblem::key, ImportProblem::arguments).containsExactly(
                org.assertj.core.groups.Tuple.tuple("import.file.missing-columns",
                        List.of("region_code, address, phone, time_zone, active")),
                org.assertj.core.groups.Tuple.tuple("import.file.unknown-columns", List.of("region, colour")));
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void reportsBadNumbersAtTheirLineAndColumnAndWritesNothing() {
        String s = unique();
        var before = snapshot();

        var preview = asSystem(() -> imports.commit("rooms", excel(ROOMS,
                "KJY,OK-" + s + ",好的活动室,10,,,,,,,,,",
                "KJY,A-" + s + ",活动室,四十,12.34,1,也许,300,-1,是,是,NOPE" + s + ",",
                "KJY,B-" + s + ",活动室,2001,abc,1,,,,,,,")));

        assertThat(preview.committed()).isFalse();
        assertThat(preview.rows().getFirst().problems()).isEmpty();
        assertThat(preview.rows().get(1).problems()).extracting(ImportProblem::line, ImportProblem::column, ImportProblem::key)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(3, "capacity", "import.problem.not-integer"),
                        org.assertj.core.groups.Tuple.tuple(3, "area_m2", "import.problem.decimal-places"),
                        org.assertj.core.groups.Tuple.tuple(3, "needs_approval", "import.problem.not-boolean"),
                        org.assertj.core.groups.Tuple.tuple(3, "setup_minutes", "import.problem.out-of-range"),
                        org.assertj.core.groups.Tuple.tuple(3, "cleanup_minutes", "import.problem.out-of-range"),
                        org.assertj.core.groups.Tuple.tuple(3, "amenities", "import.problem.unknown-amenity"));
        assertThat(preview.rows().get(2).problems()).extracting(ImportProblem::column)
                .containsExactly("capacity", "area_m2");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void reportsUnknownParentCodesAndDuplicateCodesAndWritesNothing() {
        String s = unique();
        var before = snapshot();

        var preview = asSystem(() -> imports.commit("regions", plain(REGIONS,
                "JD-" + s + ",街道,STREET,NOWHERE-" + s,
                "SQ-" + s + ",社区,SHEQU,JD-" + s,
                "sq-" + s + ",又一个社区,SHEQU,JD-" + s,
                "JD2-" + s + ",街道二,STREET,SZ-NS-YH",
                "SZ-X" + s + ",某市,市,SZ")));

        assertThat(preview.problems()).extracting(ImportProblem::line, ImportProblem::column, ImportProblem::key,
                ImportProblem::arguments).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, "parent_code", "import.problem.unknown-parent", List.of("NOWHERE-" + s)),
                org.assertj.core.groups.Tuple.tuple(4, "code", "import.problem.duplicate", List.of("SQ-" + s, "3")),
                org.assertj.core.groups.Tuple.tuple(5, "parent_code", "import.problem.parent-level",
                        List.of("SZ-NS-YH", RegionLevel.STREET, RegionLevel.DISTRICT)),
                org.assertj.core.groups.Tuple.tuple(6, "parent_code", "import.problem.city-has-parent", List.of()));
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void refusesAWholeGbkFileAsNotUtf8() {
        var before = snapshot();

        var preview = asSystem(() -> imports.commit("centres", mixed(CENTRES, GBK,
                "G1,科技园中心,SHEQU,SZ-NS-YH-KJY,深圳,,,是", GBK, "G2,高新区中心,SHEQU,SZ-NS-YH-GXQ,深圳,,,是", GBK)));

        assertThat(preview.fileProblems()).extracting(ImportProblem::key).containsExactly("import.file.not-utf8");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void reportsTheLinesOfAMixedEncodingFileThatAreNotUtf8() {
        String s = unique();
        var before = snapshot();

        var preview = asSystem(() -> imports.commit("centres", mixed(CENTRES, StandardCharsets.UTF_8,
                "M1-" + s + ",第一中心,SHEQU,SZ-NS-NT-TL,,,,是", StandardCharsets.UTF_8,
                "M2-" + s + ",第二中心,SHEQU,SZ-NS-NT-TL,南头,,,是", GBK,
                "M3-" + s + ",第三中心,SHEQU,SZ-NS-NT-TL,,,,是", StandardCharsets.UTF_8,
                "M4-" + s + ",第四中心,SHEQU,SZ-NS-NT-TL,,,,是", StandardCharsets.UTF_8)));

        assertThat(preview.fileProblems()).isEmpty();
        assertThat(preview.problems()).extracting(ImportProblem::line, ImportProblem::key)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "import.problem.not-utf8"));
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void readsFilesWithAndWithoutAByteOrderMark() {
        String s = unique();

        var withBom = asSystem(() -> imports.preview("regions", excel(REGIONS, "B-" + s + ",有BOM,SHEQU,SZ-NS-NT")));
        var without = asSystem(() -> imports.preview("regions", plain(REGIONS, "B-" + s + ",无BOM,SHEQU,SZ-NS-NT")));

        assertThat(withBom.problems()).isEmpty();
        assertThat(without.problems()).isEmpty();
        assertThat(withBom.rows()).extracting(ImportRow::code).containsExactly("B-" + s);
    }

    @Test
    void refusesAnEmptyFileOrAHeaderWithoutRows() {
        var before = snapshot();

        assertThat(asSystem(() -> imports.commit("rooms", new byte[0])).fileProblems())
                .extracting(ImportProblem::key).containsExactly("import.file.empty");
        assertThat(asSystem(() -> imports.commit("rooms", excel(""))).fileProblems())
                .extracting(ImportProblem::key).containsExactly("import.file.empty");
        assertThat(asSystem(() -> imports.commit("rooms", excel(ROOMS))).fileProblems())
                .extracting(ImportProblem::key).containsExactly("import.file.no-rows");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    @WithUserDetails("manager")
    void limitsAManagerToTheRoomsOfTheirOwnCentres() {
        String s = unique();
        var before = snapshot();

        var refused = imports.commit("rooms", excel(ROOMS, "KJY,M-" + s + ",活动室,10,,,,,,,,,", "NTC,M-" + s + ",活动室,10,,,,,,,,,"));
        var accepted = imports.commit("rooms", excel(ROOMS, "KJY,M-" + s + ",活动室,10,,,,,,,,,"));

        assertThat(refused.committed()).isFalse();
        assertThat(refused.problems()).extracting(ImportProblem::line, ImportProblem::key)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "import.problem.not-your-centre"));
        assertThat(accepted.committed()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from room where code = ?", Long.class, "M-" + s)).isEqualTo(1);
        assertThat(new String(imports.export("rooms"), StandardCharsets.UTF_8)).contains("KJY,M-" + s).doesNotContain("NTC,");
        assertThat(imports.importableKinds()).containsExactly("rooms");
        assertThatThrownBy(() -> imports.preview("centres", excel(CENTRES, "X,X,SHEQU,X,,,,"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> imports.export("regions")).isInstanceOf(AccessDeniedException.class);
        assertThat(snapshot().get(0)).isEqualTo(before.get(0));
    }

    @Test
    @WithUserDetails("officer")
    void letsAnOfficerExportTheirRegionButNotImport() {
        String regions = new String(imports.export("regions"), StandardCharsets.UTF_8);

        assertThat(regions).contains("SZ-NS,").doesNotContain("\r\nSZ,");
        assertThat(imports.importableKinds()).isEmpty();
        assertThatThrownBy(() -> imports.commit("rooms", excel(ROOMS, "KJY,O1,活动室,10,,,,,,,,,")))
                .isInstanceOf(AccessDeniedException.class);
    }

    /** Row counts and the sum of versions of the tables an import writes. */
    private List<Long> snapshot() {
        return List.of(count("select count(*) from region"), count("select count(*) from centre"),
                count("select count(*) from room"), count("select count(*) from room_amenity"),
                count("select coalesce(sum(version), 0) from region") + count("select coalesce(sum(version), 0) from centre")
                        + count("select coalesce(sum(version), 0) from room"));
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }
}
