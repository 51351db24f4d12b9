package org.servicecentre.centre.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.servicecentre.ApiClient.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.servicecentre.ApiClient;
import org.servicecentre.ServiceCentreTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.web.context.WebApplicationContext;

/** Alliances and partnerships over the JSON API. */
@ServiceCentreTest
class AllianceApiIntegrationTest {

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
    void showsTheDemoAllianceWithItsMemberCentres() throws Exception {
        String body = read(api.mvc().perform(as(admin, get("/api/v1/alliances").param("q", "YH-NT")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].memberCount").value(4)));
        Number id = JsonPath.read(body, "$.items[0].id");

        api.mvc().perform(as(admin, get("/api/v1/alliances/" + id)))
                .andExpect(jsonPath("$.name").value("粤海·南头党建联盟"))
                .andExpect(jsonPath("$.members[*].code").value(org.hamcrest.Matchers.contains("GXQ", "KJY", "NTC", "TL")));
    }

    @Test
    void letsAnAdminCreateAndArchiveAnAllianceButNotAManager() throws Exception {
        String code = unique("API");
        String body = alliance(code, centreId("NTC"), centreId("TL"), true);

        String created = read(api.mvc().perform(as(admin, post("/api/v1/alliances"))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.code").value(code))
                .andExpect(jsonPath("$.memberCount").value(2)));
        Number id = JsonPath.read(created, "$.id");
        api.mvc().perform(as(admin, put("/api/v1/alliances/" + id)).contentType(MediaType.APPLICATION_JSON)
                        .content(alliance(code, centreId("NTC"), centreId("TL"), false)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.active").value(false));

        String manager = api.tokenFor("manager");
        api.mvc().perform(as(manager, post("/api/v1/alliances")).contentType(MediaType.APPLICATION_JSON)
                        .content(alliance(unique("API"), centreId("KJY"), centreId("GXQ"), true)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("FORBIDDEN"));
    }

    @Test
    void refusesADuplicateAllianceCodeWithAConflict() throws Exception {
        api.mvc().perform(as(admin, post("/api/v1/alliances")).contentType(MediaType.APPLICATION_JSON)
                        .content(alliance("YH-NT", centreId("KJY"), centreId("GXQ"), true)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("DUPLICATE_CODE"));
    }

    @Test
    void createsListsAndRemovesAPartnershipWithProblemDetailsForBadOnes() throws Exception {
        long organisation = organisationId("YH-VOL");
        String tongle = "{\"organisationId\": " + organisation + ", \"centreId\": " + centreId("TL") + ", \"note\": \"周末义诊\"}";

        String created = read(api.mvc().perform(as(admin, post("/api/v1/partnerships"))
                        .contentType(MediaType.APPLICATION_JSON).content(tongle))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.centreName").value("同乐社区党群服务中心"))
                .andExpect(jsonPath("$.allianceId").doesNotExist()));
        Number id = JsonPath.read(created, "$.id");

        api.mvc().perform(as(admin, post("/api/v1/partnerships")).contentType(MediaType.APPLICATION_JSON).content(tongle))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("DUPLICATE_PARTNERSHIP"));
        api.mvc().perform(as(admin, post("/api/v1/partnerships")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"organisationId\": " + organisation + "}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("PARTNERSHIP_ONE_TARGET"));
        api.mvc().perform(as(admin, get("/api/v1/partnerships").param("organisation", String.valueOf(organisation))
                        .param("centre", String.valueOf(centreId("TL")))))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[*].id").value(hasItem(id.intValue())));

        api.mvc().perform(as(admin, delete("/api/v1/partnerships/" + id))).andExpect(status().isNoContent());
        api.mvc().perform(as(admin, delete("/api/v1/partnerships/" + id)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("NOT_FOUND"));
    }

    @Test
    void showsNgoStaffOnlyTheirOwnOrganisationsPartnerships() throws Exception {
        String ngo = api.tokenFor("ngo");
        long qihang = organisationId("QIHANG");

        String body = read(api.mvc().perform(as(ngo, get("/api/v1/partnerships"))).andExpect(status().isOk()));
        java.util.List<Number> organisations = JsonPath.read(body, "$.items[*].organisationId");
        assertThat(organisations).isNotEmpty().allMatch(o -> o.longValue() == qihang);
        api.mvc().perform(as(ngo, post("/api/v1/partnerships")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"organisationId\": " + qihang + ", \"centreId\": " + centreId("TL") + "}"))
                .andExpect(status().isForbidden());
    }

    private String alliance(String code, long first, long second, boolean active) {
        return """
                {"code": "%s", "name": "联盟 %s", "description": "测试", "centreIds": [%d, %d], "active": %s}
                """.formatted(code, code, first, second, active);
    }

    private long centreId(String code) throws Exception {
        String body = read(api.mvc().perform(as(admin, get("/api/v1/centres").param("q", code))));
        java.util.List<Number> ids = JsonPath.read(body, "$.items[?(@.code == '" + code + "')].id");
        return ids.getFirst().longValue();
    }

    private long organisationId(String code) throws Exception {
        String body = read(api.mvc().perform(as(admin, get("/api/v1/organisations").param("q", code))));
        java.util.List<Number> ids = JsonPath.read(body, "$.items[?(@.code == '" + code + "')].id");
        return ids.getFirst().longValue();
    }

    private static String read(org.springframework.test.web.servlet.ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static String unique(String prefix) {
        return prefix + Long.toString(System.nanoTime(), 36).toUpperCase(Locale.ROOT);
    }
}
