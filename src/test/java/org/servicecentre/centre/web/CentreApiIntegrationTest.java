package org.servicecentre.centre.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.servicecentre.ApiClient.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
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
class CentreApiIntegrationTest {

    @Autowired
    WebApplicationContext context;

    ApiClient api;
    String admin;

    @BeforeEach
    void setUp() throws Exception {
        api = new ApiClient(context);
        admin = api.tokenFor("admin");
    }

    /** Rolled back afterwards, so that the tests sharing the context keep seeing the demo data as seeded. */
    @Test
    @Transactional
    void createsACentreAndSaysWhereItLives() throws Exception {
        String code = "C-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
        String body = centre(code, shequId("SZ-NS-NT-TL")).replace("}", ", \"timeZone\": \"Asia/Urumqi\"}");

        var response = api.mvc().perform(as(admin, post("/api/v1/centres"))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.code").value(code))
                .andExpect(jsonPath("$.regionName").value("同乐社区"))
                .andExpect(jsonPath("$.timeZone").value("Asia/Urumqi"))
                .andReturn().getResponse();

        Number id = JsonPath.read(response.getContentAsString(StandardCharsets.UTF_8), "$.id");
        assertThat(response.getHeader("Location")).endsWith("/api/v1/centres/" + id);
        api.mvc().perform(as(admin, get("/api/v1/centres/" + id))).andExpect(jsonPath("$.code").value(code));
    }

    @Test
    void refusesToLetAnOfficerCreateACentre() throws Exception {
        String officer = api.tokenFor("officer");

        api.mvc().perform(as(officer, post("/api/v1/centres")).contentType(MediaType.APPLICATION_JSON)
                        .content(centre("C-" + UUID.randomUUID().toString().substring(0, 8), shequId("SZ-NS-NT-TL"))))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("FORBIDDEN"));
    }

    @Test
    void refusesADuplicateCodeInChineseByDefaultAndInEnglishOnRequest() throws Exception {
        String body = centre("KJY", shequId("SZ-NS-YH-KJY"));

        api.mvc().perform(as(admin, post("/api/v1/centres")).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("DUPLICATE_CODE"))
                .andExpect(jsonPath("$.detail").value("编码 KJY 已被使用，请换一个。"));
        api.mvc().perform(as(admin, post("/api/v1/centres")).contentType(MediaType.APPLICATION_JSON).content(body)
                        .header("Accept-Language", "en"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("DUPLICATE_CODE"))
                .andExpect(jsonPath("$.detail").value("The code KJY is already in use; choose another."));
    }

    @Test
    void letsAManagerEditTheirOwnCentreButNoOther() throws Exception {
        String manager = api.tokenFor("manager");
        String own = centreJson("GXQ");
        String other = centreJson("TL");

        api.mvc().perform(as(manager, put("/api/v1/centres/" + JsonPath.read(own, "$.id")))
                        .contentType(MediaType.APPLICATION_JSON).content(own))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value("GXQ"))
                .andExpect(jsonPath("$.address").value((String) JsonPath.read(own, "$.address")));
        api.mvc().perform(as(manager, put("/api/v1/centres/" + JsonPath.read(other, "$.id")))
                        .contentType(MediaType.APPLICATION_JSON).content(other))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("FORBIDDEN"));
    }

    @Test
    void listsTheFieldsARequestIsMissing() throws Exception {
        api.mvc().perform(as(admin, post("/api/v1/centres")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"无编码中心\", \"level\": \"SHEQU\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("code", "regionId")))
                .andExpect(jsonPath("$.detail").value(containsString("code")));
    }

    @Test
    void answersMalformedJsonWithABadRequest() throws Exception {
        api.mvc().perform(as(admin, post("/api/v1/centres")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\": \"X\", "))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("MALFORMED_REQUEST"));
        api.mvc().perform(as(admin, post("/api/v1/centres")).contentType(MediaType.APPLICATION_JSON)
                        .content(centre("X1", 1).replace("SHEQU", "PALACE")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("MALFORMED_REQUEST"))
                .andExpect(jsonPath("$.detail").value(containsString("level")));
    }

    @Test
    void answersAGarbageLimitWithABadRequestNotAServerError() throws Exception {
        api.mvc().perform(as(admin, get("/api/v1/centres").param("limit", "lots")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("MALFORMED_REQUEST"));
        api.mvc().perform(as(admin, get("/api/v1/centres").param("limit", "100000").param("offset", "-5")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("limit", "offset")));
    }

    @Test
    void filtersCentresByLevelWithinTheCallersScope() throws Exception {
        String manager = api.tokenFor("manager");

        api.mvc().perform(as(manager, get("/api/v1/centres").param("level", "SHEQU")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items[*].code").value(containsInAnyOrder("GXQ", "KJY")))
                .andExpect(jsonPath("$.limit").value(50));
        api.mvc().perform(as(manager, get("/api/v1/centres").param("level", "DISTRICT")))
                .andExpect(jsonPath("$.total").value(0));
    }

    private String centreJson(String code) throws Exception {
        var list = api.mvc().perform(as(admin, get("/api/v1/centres").param("q", code).param("limit", "500")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        // the search also finds centres other tests made whose codes merely contain this one
        java.util.List<Number> ids = JsonPath.read(list, "$.items[?(@.code == '" + code + "')].id");
        Number id = ids.getFirst();
        return api.mvc().perform(as(admin, get("/api/v1/centres/" + id)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private long shequId(String code) throws Exception {
        var list = api.mvc().perform(as(admin, get("/api/v1/regions").param("q", code).param("level", "SHEQU")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return ((Number) JsonPath.read(list, "$.items[0].id")).longValue();
    }

    private static String centre(String code, long regionId) {
        return """
                {"code": "%s", "name": "测试中心 %s", "level": "SHEQU", "regionId": %d, "phone": "0755-12345678"}
                """.formatted(code, code, regionId);
    }
}
