package org.servicecentre.centre.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicecentre.ApiClient.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.servicecentre.ApiClient;
import org.servicecentre.ServiceCentreTest;
import org.servicecentre.centre.ImportService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.context.WebApplicationContext;

@ServiceCentreTest
class ImportApiIntegrationTest {

    private static final String ROOMS = "centre_code,code,name,capacity,area_m2,floor,needs_approval,setup_minutes,"
            + "cleanup_minutes,bookable,active,amenities,description\r\n";

    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;

    ApiClient api;
    String admin;

    @BeforeEach
    void setUp() throws Exception {
        api = new ApiClient(context);
        admin = api.tokenFor("admin");
    }

    @Test
    void previewsRowsWithTheirProblemsInTheClientsLanguage() throws Exception {
        String code = unique();

        api.mvc().perform(as(admin, post("/api/v1/import/rooms/preview")).contentType("text/csv")
                        .header("Accept-Language", "en")
                        .content(ROOMS + "KJY," + code + ",活动室,ten,,,,,,,,,\r\nKJY," + code + "B,会议室,8,,,,,,,,,\r\n"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.newRows").value(1))
                .andExpect(jsonPath("$.rowsWithProblems").value(1))
                .andExpect(jsonPath("$.committed").value(false))
                .andExpect(jsonPath("$.rows[0].line").value(2))
                .andExpect(jsonPath("$.rows[0].problems[0].column").value("capacity"))
                .andExpect(jsonPath("$.rows[0].problems[0].message").value("\"ten\" is not a whole number"))
                .andExpect(jsonPath("$.rows[1].action").value("NEW"));
        assertThat(jdbc.queryForObject("select count(*) from room where code like ?", Long.class, code + "%")).isZero();
    }

    @Test
    void refusesAFileWithProblemsWith422AndListsThem() throws Exception {
        String code = unique();

        api.mvc().perform(as(admin, post("/api/v1/import/rooms")).contentType("text/csv")
                        .content(ROOMS + "KJY," + code + ",活动室,10,,,,,,,,,\r\nNOPE,X,活动室,10,,,,,,,,,\r\n"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("IMPORT_HAS_PROBLEMS"))
                .andExpect(jsonPath("$.detail").value("文件中有 1 处问题，没有导入任何数据。请改正后重新导入。"))
                .andExpect(jsonPath("$.problems[0].line").value(3))
                .andExpect(jsonPath("$.problems[0].column").value("centre_code"))
                .andExpect(jsonPath("$.problems[0].message").value("中心 NOPE 不存在"));
        assertThat(jdbc.queryForObject("select count(*) from room where code = ?", Long.class, code)).isZero();
    }

    @Test
    void importsAFileAndExportsItBackWithAByteOrderMark() throws Exception {
        String code = unique();

        api.mvc().perform(as(admin, post("/api/v1/import/rooms")).contentType("text/csv")
                        .content(ROOMS + "GXQ," + code + ",书画室,16,30,2,是,0,0,是,是,,\r\n"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.committed").value(true))
                .andExpect(jsonPath("$.newRows").value(1));
        var export = api.mvc().perform(as(admin, get("/api/v1/export/rooms")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"rooms.csv\""))
                .andReturn().getResponse().getContentAsByteArray();

        assertThat(export).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(export, StandardCharsets.UTF_8)).contains("GXQ," + code + ",书画室,16,30.0,2,true,0,0,true,true,,");
    }

    @Test
    void forbidsAnOfficerToImportAndAnswers404ForAnUnknownKind() throws Exception {
        String officer = api.tokenFor("officer");

        api.mvc().perform(as(officer, post("/api/v1/import/rooms")).contentType("text/csv").content(ROOMS))
                .andExpect(status().isForbidden());
        api.mvc().perform(as(officer, get("/api/v1/export/regions"))).andExpect(status().isOk());
        api.mvc().perform(as(admin, get("/api/v1/export/planets"))).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("NOT_FOUND"));
    }

    @Test
    void refusesAFileLargerThanTwentyMegabytesWithoutReadingItAll() throws Exception {
        byte[] huge = new byte[ImportService.MAX_FILE_BYTES + 1];
        java.util.Arrays.fill(huge, (byte) 'x');

        api.mvc().perform(as(admin, post("/api/v1/import/rooms/preview")).contentType("text/csv").content(huge)
                        .header("Accept-Language", "en"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("IMPORT_TOO_LARGE"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("at most 20 MB")));
    }

    private static String unique() {
        return "API" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    }
}
