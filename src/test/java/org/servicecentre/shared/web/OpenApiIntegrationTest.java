package org.servicecentre.shared.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.servicecentre.ApiClient.newAddress;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.servicecentre.ApiClient;
import org.servicecentre.ServiceCentreTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.context.WebApplicationContext;

@ServiceCentreTest
class OpenApiIntegrationTest {

    @Autowired
    WebApplicationContext context;

    ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(context);
    }

    @Test
    void describesEveryEndpointWithoutSigningIn() throws Exception {
        var paths = "$.paths['%s']";
        var docs = api.mvc().perform(get("/v3/api-docs").with(newAddress()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.info.title").value("Service Centre API"))
                .andExpect(jsonPath("$.components.securitySchemes.bearer.scheme").value("bearer"))
                .andExpect(jsonPath("$.components.schemas.Problem.properties.code").exists());
        for (String path : new String[] {"/api/v1/auth/token", "/api/v1/auth/tokens", "/api/v1/auth/tokens/{id}",
                "/api/v1/me", "/api/v1/regions", "/api/v1/regions/{id}", "/api/v1/centres", "/api/v1/centres/{id}",
                "/api/v1/organisations", "/api/v1/organisations/{id}"}) {
            docs.andExpect(jsonPath(paths.formatted(path)).exists());
        }
        docs.andExpect(jsonPath(paths.formatted("/api/v1/auth/token") + ".post.security").isEmpty())
                .andExpect(jsonPath(paths.formatted("/api/v1/centres") + ".post.responses", hasKey("409")))
                .andExpect(jsonPath(paths.formatted("/api/v1/centres") + ".post.responses['409'].content",
                        hasKey("application/problem+json")))
                .andExpect(jsonPath(paths.formatted("/api/v1/auth/token") + ".post.responses", not(hasKey("403"))));
    }

    @Test
    void servesTheBrowsableDocumentationFromTheAppItselfWithoutSigningIn() throws Exception {
        api.mvc().perform(get("/api/docs").with(newAddress()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/api/swagger-ui/index.html"));
        api.mvc().perform(get("/api/swagger-ui/index.html").with(newAddress()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("swagger-ui-bundle.js")))
                .andExpect(content().string(not(containsString("//cdn"))));
        api.mvc().perform(get("/api/swagger-ui/swagger-ui-bundle.js").with(newAddress()))
                .andExpect(status().isOk());
        api.mvc().perform(get("/api/swagger-ui/swagger-initializer.js").with(newAddress()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/v3/api-docs/swagger-config")))
                .andExpect(content().string(not(containsString("petstore"))));
    }
}
