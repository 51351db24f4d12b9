package org.servicecentre.organisation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasSize;
import static org.servicecentre.ApiClient.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.servicecentre.ApiClient;
import org.servicecentre.ServiceCentreTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.WebApplicationContext;

@ServiceCentreTest
class OrganisationApiIntegrationTest {

    @Autowired
    WebApplicationContext context;

    ApiClient api;
    String admin;

    @BeforeEach
    void setUp() throws Exception {
        api = new ApiClient(context);
        admin = api.tokenFor("admin");
    }

    @Test
    void showsNgoStaffOnlyTheirOwnOrganisation() throws Exception {
        String ngo = api.tokenFor("ngo");

        api.mvc().perform(as(ngo, get("/api/v1/organisations")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items", hasSize(1)))
                .andExpect(jsonPath("$.items[0].code").value("QIHANG"));
        api.mvc().perform(as(ngo, get("/api/v1/organisations/" + idOf("YH-VOL"))))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("FORBIDDEN"))
                .andExpect(jsonPath("$.detail").value("您的角色或权限范围不允许执行此操作。"));
    }

    /** Rolled back afterwards, so that the tests sharing the context keep seeing the demo data as seeded. */
    @Test
    @Transactional
    void createsAnOrganisationAndSaysWhereItLives() throws Exception {
        String code = "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);

        var created = api.mvc().perform(as(admin, post("/api/v1/organisations"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(organisation(code, "NGO", regionIdOf("QIHANG"))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.code").value(code))
                .andExpect(jsonPath("$.active").value(true))
                .andReturn().getResponse();

        Number id = JsonPath.read(created.getContentAsString(StandardCharsets.UTF_8), "$.id");
        api.mvc().perform(as(admin, get("/api/v1/organisations").param("q", code).param("kind", "NGO")))
                .andExpect(jsonPath("$.total").value(1));
        assertThat(created.getHeader("Location"))
                .endsWith("/api/v1/organisations/" + id);
    }

    @Test
    void refusesADuplicateCodeInTheCallersLanguage() throws Exception {
        String body = organisation("QIHANG", "NGO", regionIdOf("QIHANG"));

        api.mvc().perform(as(admin, post("/api/v1/organisations")).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("DUPLICATE_CODE"))
                .andExpect(jsonPath("$.detail").value("编码 QIHANG 已被使用，请换一个。"));
        api.mvc().perform(as(admin, post("/api/v1/organisations")).contentType(MediaType.APPLICATION_JSON).content(body)
                        .header("Accept-Language", "en-GB,en;q=0.8"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("The code QIHANG is already in use; choose another."));
    }

    @Test
    void keepsTheCodeOfAnOrganisationWhenEditing() throws Exception {
        long id = idOf("KJY-PB");

        api.mvc().perform(as(admin, put("/api/v1/organisations/" + id)).contentType(MediaType.APPLICATION_JSON)
                        .content(organisation("OTHER", "PARTY_BRANCH", regionIdOf("KJY-PB"))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("CODE_IMMUTABLE"));
    }

    @Test
    void refusesToEditAnOrganisationForNgoStaff() throws Exception {
        String ngo = api.tokenFor("ngo");
        long id = idOf("QIHANG");

        api.mvc().perform(as(ngo, put("/api/v1/organisations/" + id)).contentType(MediaType.APPLICATION_JSON)
                        .content(organisation("QIHANG", "NGO", regionIdOf("QIHANG"))))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("FORBIDDEN"));
    }

    @Test
    void namesAMissingOrganisationInTheCallersLanguage() throws Exception {
        api.mvc().perform(as(admin, get("/api/v1/organisations/987654")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("NOT_FOUND"))
                .andExpect(jsonPath("$.detail").value("找不到该组织（编号 987654），可能已被删除，请刷新后重试。"))
                .andExpect(header().string("Content-Type", endsWith("problem+json")));
    }

    private long idOf(String code) throws Exception {
        return ((Number) JsonPath.read(find(code), "$.items[0].id")).longValue();
    }

    private long regionIdOf(String code) throws Exception {
        return ((Number) JsonPath.read(find(code), "$.items[0].regionId")).longValue();
    }

    private String find(String code) throws Exception {
        return api.mvc().perform(as(admin, get("/api/v1/organisations").param("q", code)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static String organisation(String code, String kind, long regionId) {
        return """
                {"code": "%s", "name": "测试组织 %s", "kind": "%s", "regionId": %d}
                """.formatted(code, code, kind, regionId);
    }
}
