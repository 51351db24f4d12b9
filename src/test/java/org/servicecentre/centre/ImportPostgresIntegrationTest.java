package org.servicecentre.centre;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicecentre.centre.ImportFiles.CENTRES;
import static org.servicecentre.centre.ImportFiles.REGIONS;
import static org.servicecentre.centre.ImportFiles.ROOMS;
import static org.servicecentre.centre.ImportFiles.excel;
import static org.servicecentre.centre.ImportFiles.unique;
import static org.servicecentre.security.SystemAuthentication.asSystem;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.servicecentre.PostgresTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The importer's JDBC batches and bulk reads on a real PostgreSQL. */
@PostgresTest
class ImportPostgresIntegrationTest {

    @Autowired
    ImportService imports;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void importsRegionsCentresAndRoomsAndFindsThemAndTheirExportsUnchangedAfterwards() {
        String s = unique();
        jdbc.update("insert into amenity (code, name_zh, name_en) values (?, '钢琴', 'Piano')", "PG" + s);
        byte[] regions = excel(REGIONS, "SQ-" + s + ",测试社区,社区,JD-" + s, "JD-" + s + ",测试街道,STREET,SZ-NS");
        byte[] centres = excel(CENTRES, "C-" + s + ",测试社区党群服务中心,SHEQU,SQ-" + s + ",测试路1号,0755-1234,,true");
        byte[] rooms = excel(ROOMS, "C-" + s + ",R1,琴房,8,20.5,2,是,10,10,是,是,PG" + s + ",",
                "C-" + s + ",R2,活动室,40,,1,否,0,0,是,是,,");

        var first = List.of(asSystem(() -> imports.commit("regions", regions)),
                asSystem(() -> imports.commit("centres", centres)), asSystem(() -> imports.commit("rooms", rooms)));
        var second = List.of(asSystem(() -> imports.commit("regions", regions)),
                asSystem(() -> imports.commit("centres", centres)), asSystem(() -> imports.commit("rooms", rooms)));

        assertThat(first).allSatisfy(p -> assertThat(p.committed()).as(p.problems().toString()).isTrue());
        assertThat(first).allSatisfy(p -> assertThat(p.rows()).allMatch(r -> r.action() == ImportAction.NEW));
        assertThat(second).allSatisfy(p -> assertThat(p.rows()).allMatch(r -> r.action() == ImportAction.UNCHANGED));
        assertThat(jdbc.queryForObject("""
                select count(*) from room r join centre c on c.id = r.centre_id
                join room_amenity ra on ra.room_id = r.id where c.code = ?""", Long.class, "C-" + s)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select area_m2 from room r join centre c on c.id = r.centre_id "
                + "where c.code = ? and r.code = 'R1'", java.math.BigDecimal.class, "C-" + s)).isEqualByComparingTo("20.5");
        for (String kind : List.of("regions", "centres", "rooms")) {
            byte[] exported = asSystem(() -> imports.export(kind));
            assertThat(asSystem(() -> imports.preview(kind, exported)).rows()).as(kind)
                    .isNotEmpty().allMatch(r -> r.action() == ImportAction.UNCHANGED && !r.hasProblems());
        }
    }

    @Test
    void writesNothingWhenOneRowOfABigFileIsWrong() {
        String s = unique();
        var lines = new java.util.ArrayList<String>();
        lines.add(ROOMS);
        for (int i = 0; i < 500; i++) {
            lines.add("KJY,B" + s + i + ",活动室" + i + "," + (10 + i % 50) + ",,,,,,,,,");
        }
        lines.add("KJY,BAD" + s + ",坏行,0,,,,,,,,,");
        long before = jdbc.queryForObject("select count(*) from room", Long.class);

        var result = asSystem(() -> imports.commit("rooms", excel(lines.toArray(String[]::new))));

        assertThat(result.committed()).isFalse();
        assertThat(result.problems()).extracting(ImportProblem::line).containsExactly(502);
        assertThat(jdbc.queryForObject("select count(*) from room", Long.class)).isEqualTo(before);
    }
}
