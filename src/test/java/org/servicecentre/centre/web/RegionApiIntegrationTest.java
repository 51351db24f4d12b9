package org.servicecentre.centre.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.servicecentre.ApiClient.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.servicecentre.ApiClient;
import org.servicecentre.ServiceCentreTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.web.context.WebApplicationContext;

@ServiceCentreTest
class RegionApiIntegrationTest {

    @Autowired
    WebApplicationContext context;

    ApiClient api;
    String officer;

    @BeforeEach
    void setUp() throws Exception {
        api = new ApiClient(context);
        officer = api.tokenFor("officer");
    }

    @Test
    void pagesThroughRegionsFromAnyOffset() throws Exception {
        List<String> all = codes(api.mvc().perform(as(officer, get("/api/v1/regions").param("q", "SZ-NS-")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));

        String window = api.mvc().perform(as(officer, get("/api/v1/regions")
                        .param("q", "SZ-NS-").param("offset", "3").param("limit", "2")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.offset").value(3))
                .andExpect(jsonPath("$.limit").value(2))
                .andExpect(jsonPath("$.total").value(all.size()))
                .andExpect(jsonPath("$.items", hasSize(2)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(codes(window)).containsExactlyElementsOf(all.subList(3, 5));
    }

    @Test
    void refusesToLetAnOfficerCreateARegion() throws Exception {
        api.mvc().perform(as(officer, post("/api/v1/regions")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\": \"SZ-FT\", \"name\": \"福田区\", \"level\": \"DISTRICT\", \"parentId\": 1}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("FORBIDDEN"));
    }

    @Test
    void answersAnUnknownApiPathWithANotFoundProblem() throws Exception {
        api.mvc().perform(as(officer, get("/api/v1/no-such-thing")))
                .andExpect(status().isNotFound())
                .andExpect(header().string("Content-Type", startsWith("application/problem+json")))
                .andExpect(jsonPath("$.code").value("NOT_FOUND"));
    }

    @Test
    void answersAnUnsupportedMethodWithWhatIsAllowed() throws Exception {
        api.mvc().perform(as(officer, delete("/api/v1/regions/1")))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(header().exists("Allow"))
                .andExpect(jsonPath("$.code").value("METHOD_NOT_ALLOWED"));
    }

    private static List<String> codes(String page) {
        return JsonPath.read(page, "$.items[*].code");
    }
}
