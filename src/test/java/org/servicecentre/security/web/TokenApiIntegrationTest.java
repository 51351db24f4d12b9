package org.servicecentre.security.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.servicecentre.ApiClient.as;
import static org.servicecentre.ApiClient.fromAddress;
import static org.servicecentre.ApiClient.newAddress;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.servicecentre.ApiClient;
import org.servicecentre.ServiceCentreTest;
import org.servicecentre.centre.RegionLevel;
import org.servicecentre.centre.RegionService;
import org.servicecentre.security.AccountDraft;
import org.servicecentre.security.AccountService;
import org.servicecentre.security.Role;
import org.servicecentre.security.SystemAuthentication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.context.WebApplicationContext;

@ServiceCentreTest
class TokenApiIntegrationTest {

    private static final String PASSWORD = "throwaway-secret";

    @Autowired
    WebApplicationContext context;

    @Autowired
    AccountService accounts;

    @Autowired
    RegionService regions;

    ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(context);
    }

    @Test
    void issuesATokenThatOpensTheApiAsItsOwner() throws Exception {
        String username = throwawayAccount();

        var body = requestToken(username, PASSWORD, "{\"name\":\"nightly export\",\"validForDays\":7}", newAddress())
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.token").value(startsWith("sc_")))
                .andExpect(jsonPath("$.name").value("nightly export"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        Instant expiresAt = Instant.parse(JsonPath.read(body, "$.expiresAt"));
        assertThat(expiresAt).isBetween(Instant.now().plus(Duration.ofDays(6)), Instant.now().plus(Duration.ofDays(8)));
        api.mvc().perform(as(JsonPath.read(body, "$.token"), get("/api/v1/me")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value(username))
                .andExpect(jsonPath("$.role").value("REGION_OFFICER"))
                .andExpect(jsonPath("$.regionId").isNumber())
                .andExpect(jsonPath("$.language").value("zh-CN"));
    }

    @Test
    void refusesAWrongPasswordWithoutSayingWhichPartWasWrong() throws Exception {
        String username = throwawayAccount();

        requestToken(username, "not-the-password", "", newAddress())
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("BAD_CREDENTIALS"))
                .andExpect(jsonPath("$.detail").value("用户名或密码不正确。"));
        requestToken("nobody-" + UUID.randomUUID(), "whatever", "", newAddress())
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("BAD_CREDENTIALS"));
    }

    @Test
    void locksAnAccountAfterFiveWrongPasswordsEvenForTheRightOne() throws Exception {
        String username = throwawayAccount();
        for (int attempt = 1; attempt <= 5; attempt++) {
            requestToken(username, "wrong-" + attempt, "", newAddress()).andExpect(status().isUnauthorized());
        }

        requestToken(username, PASSWORD, "", newAddress())
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(jsonPath("$.code").value("LOGIN_BLOCKED"))
                .andExpect(jsonPath("$.detail").value(containsString("分钟后再试")));
    }

    @Test
    void locksAClientAddressAfterTwentyFailuresWhateverTheAccount() throws Exception {
        var address = fromAddress(ApiClient.nextAddress());
        for (int attempt = 1; attempt <= 20; attempt++) {
            requestToken("nobody-" + UUID.randomUUID(), "wrong", "", address).andExpect(status().isUnauthorized());
        }

        requestToken(throwawayAccount(), PASSWORD, "", address)
                .andExpect(status().isTooManyRequests())
                .andExpect(jsonPath("$.code").value("LOGIN_BLOCKED"));
    }

    @Test
    void refusesATokenOnceItIsRevoked() throws Exception {
        String token = api.tokenFor("officer");
        var mine = api.mvc().perform(as(token, get("/api/v1/auth/tokens")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Number id = JsonPath.read(mine, "$[0].id");

        api.mvc().perform(as(token, delete("/api/v1/auth/tokens/" + id))).andExpect(status().isNoContent());

        api.mvc().perform(as(token, get("/api/v1/me")))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("UNAUTHENTICATED"));
    }

    @Test
    void refusesCallsWithoutAValidToken() throws Exception {
        api.mvc().perform(get("/api/v1/me").with(newAddress()))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Bearer"))
                .andExpect(jsonPath("$.code").value("UNAUTHENTICATED"));
        api.mvc().perform(as("sc_forged", get("/api/v1/me")).header("Accept-Language", "en"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value(startsWith("A valid API token is required")));
    }

    @Test
    void asksForTheMissingFieldsOfATokenRequest() throws Exception {
        api.mvc().perform(post("/api/v1/auth/token").with(newAddress())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"username\":\"admin\",\"validForDays\":0}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                .andExpect(jsonPath("$.errors[*].field").value(
                        containsInAnyOrder("password", "validForDays")));
    }

    private ResultActions requestToken(String username, String password, String extra, RequestPostProcessor from)
            throws Exception {
        String json = "{\"username\":\"" + username + "\",\"password\":\"" + password + "\""
                + (extra.isEmpty() ? "" : "," + extra.substring(1, extra.length() - 1)) + "}";
        return api.mvc().perform(post("/api/v1/auth/token").with(from)
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    /** A fresh account of its own, so that locking it never locks the demo accounts other tests sign in with. */
    private String throwawayAccount() {
        String username = "api-" + UUID.randomUUID().toString().substring(0, 8);
        SystemAuthentication.asSystem(() -> {
            long district = regions.list("SZ-NS", RegionLevel.DISTRICT, 0, 1).getFirst().id();
            var draft = new AccountDraft();
            draft.setUsername(username);
            draft.setDisplayName("API test " + username);
            draft.setRole(Role.REGION_OFFICER);
            draft.setRegionId(district);
            return accounts.create(draft, PASSWORD);
        });
        return username;
    }
}
