package org.servicecentre.programme.web;

import static java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.servicecentre.ApiClient.as;
import static org.servicecentre.ApiClient.newAddress;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.servicecentre.ApiClient;
import org.servicecentre.ServiceCentreTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.context.WebApplicationContext;

/** Programmes and their sessions over {@code /api/v1}, and the public listing that needs no token. */
@ServiceCentreTest
class ProgrammeApiIntegrationTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    WebApplicationContext context;

    ApiClient api;
    String ngo;

    @BeforeEach
    void setUp() throws Exception {
        api = new ApiClient(context);
        ngo = api.tokenFor("ngo");
    }

    @Test
    void staffCreateReadChangeArchiveAndRestoreAProgramme() throws Exception {
        String title = "劳动权益咨询 " + UUID.randomUUID();
        var created = call(ngo, post("/api/v1/programmes"), programme(title, "PUBLIC", 20))
                .andExpect(status().isCreated())
                .andExpect(header().exists("Location"))
                .andExpect(jsonPath("$.title").value(title))
                .andExpect(jsonPath("$.mode").value("PER_SESSION"))
                .andExpect(jsonPath("$.targetGroups[0]").value("MIGRANT_WORKERS"))
                .andExpect(jsonPath("$.mayEdit").value(true))
                .andExpect(jsonPath("$.publicCode").isNotEmpty());
        long id = idOf(created);

        call(ngo, get("/api/v1/programmes/" + id), null).andExpect(status().isOk())
                .andExpect(jsonPath("$.organisationName").isNotEmpty());
        call(ngo, put("/api/v1/programmes/" + id), programme(title + " 第二期", "PUBLIC", 30))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value(title + " 第二期"))
                .andExpect(jsonPath("$.capacity").value(30));
        call(ngo, get("/api/v1/programmes?q=" + title.substring(7)), null)
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].id").value(id));

        call(ngo, post("/api/v1/programmes/" + id + "/archive"), null).andExpect(jsonPath("$.archived").value(true));
        call(ngo, get("/api/v1/programmes?q=" + title.substring(7)), null).andExpect(jsonPath("$.total").value(0));
        call(ngo, get("/api/v1/programmes?archived=true&q=" + title.substring(7)), null)
                .andExpect(jsonPath("$.total").value(1));
        call(ngo, post("/api/v1/programmes/" + id + "/restore"), null).andExpect(jsonPath("$.archived").value(false));
    }

    @Test
    void anInvalidProgrammeIsRefusedWithItsFieldsInTheCallersLanguage() throws Exception {
        String body = "{\"title\":\" \",\"mode\":\"PER_SESSION\",\"visibility\":\"PUBLIC\",\"capacity\":0}";
        call(ngo, post("/api/v1/programmes").header("Accept-Language", "zh-CN"), body)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("title")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("capacity")))
                .andExpect(jsonPath("$.detail").value("输入有误，请检查以下字段：capacity, title。"));
        call(ngo, post("/api/v1/programmes").header("Accept-Language", "en"), body)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value("Some input is not valid; check these fields: capacity, title."));
        call(ngo, post("/api/v1/programmes").header("Accept-Language", "en"),
                programme("无名额 " + UUID.randomUUID(), "PUBLIC", null))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("PROGRAMME_CAPACITY_REQUIRED"))
                .andExpect(jsonPath("$.detail").value("A programme with registration needs a number of places."));
    }

    @Test
    void sessionsAreAddedListedReadAndCancelled() throws Exception {
        long programme = createProgramme(ngo, "PUBLIC", 10);
        var start = Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.HOURS);
        var added = call(ngo, post("/api/v1/programmes/" + programme + "/sessions"),
                outsideSession("南山工业园食堂", start, start.plus(Duration.ofHours(2))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.location").value("南山工业园食堂"))
                .andExpect(jsonPath("$.place").value("南山工业园食堂"))
                .andExpect(jsonPath("$.status").value("SCHEDULED"))
                .andExpect(jsonPath("$.capacity").value(10))
                .andExpect(jsonPath("$.freePlaces").value(10))
                .andExpect(jsonPath("$.start").value(ISO_OFFSET_DATE_TIME.format(start.atZone(SHANGHAI))));
        long session = idOf(added);

        call(ngo, get("/api/v1/programmes/" + programme + "/sessions"), null)
                .andExpect(jsonPath("$[0].id").value(session));
        call(ngo, get("/api/v1/sessions/" + session), null).andExpect(jsonPath("$.programmeId").value(programme));
        call(ngo, post("/api/v1/sessions/" + session + "/cancel"), "{\"reason\":\"因台风停课\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CANCELLED"))
                .andExpect(jsonPath("$.cancelReason").value("因台风停课"));
        call(ngo, post("/api/v1/sessions/" + session + "/cancel"), null)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("SESSION_ALREADY_CANCELLED"));
    }

    @Test
    void aSessionMissingWhatItsKindNeedsIsRefused() throws Exception {
        long programme = createProgramme(ngo, "PUBLIC", 10);
        call(ngo, post("/api/v1/programmes/" + programme + "/sessions").header("Accept-Language", "en"),
                "{\"kind\":\"OUTSIDE\",\"location\":\"\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("location")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("start")));
        call(ngo, post("/api/v1/programmes/" + programme + "/sessions").header("Accept-Language", "en"),
                "{\"kind\":\"BOOKING\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("SESSION_BOOKING_REQUIRED"))
                .andExpect(jsonPath("$.detail").value("Name the booking (bookingId) to hold the session in."));
        call(ngo, post("/api/v1/programmes/" + programme + "/sessions"), "{\"kind\":\"BOAT\"}")
                .andExpect(status().isBadRequest());
    }

    @Test
    void othersMayNotChangeAProgramme() throws Exception {
        long programme = createProgramme(ngo, "PUBLIC", 10);
        call(api.tokenFor("manager"), put("/api/v1/programmes/" + programme), programme("x", "PUBLIC", 5))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("FORBIDDEN"));
        call(api.tokenFor("officer"), post("/api/v1/programmes"), programme("x", "PUBLIC", 5))
                .andExpect(status().isForbidden());
    }

    @Test
    void thePublicListingNeedsNoTokenButEverythingElseStillDoes() throws Exception {
        long programme = createProgramme(ngo, "PUBLIC", 10);
        var start = Instant.now().plus(Duration.ofDays(5)).truncatedTo(ChronoUnit.HOURS);
        call(ngo, post("/api/v1/programmes/" + programme + "/sessions"),
                outsideSession("荔香公园", start, start.plus(Duration.ofHours(1)))).andExpect(status().isCreated());
        String code = JsonPath.read(body(call(ngo, get("/api/v1/programmes/" + programme), null)), "$.publicCode");

        api.mvc().perform(get("/api/v1/public/programmes/" + code).with(newAddress()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value(code))
                .andExpect(jsonPath("$.sessions[0].place").value("荔香公园"))
                .andExpect(jsonPath("$.sessions[0].freePlaces").value(10))
                .andExpect(jsonPath("$.sessions[0].registered").doesNotExist());
        api.mvc().perform(get("/api/v1/public/programmes?limit=500").with(newAddress()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].code").value(hasItem(code)));
        api.mvc().perform(get("/api/v1/public/programmes/nosuchcode").with(newAddress()))
                .andExpect(status().isNotFound());

        for (String path : new String[] {"/api/v1/programmes", "/api/v1/programmes/" + programme,
                "/api/v1/residents", "/api/v1/public", "/api/v1/public/programmes/" + code + "/sessions"}) {
            api.mvc().perform(get(path).with(newAddress())).andExpect(status().isUnauthorized());
        }
        api.mvc().perform(post("/api/v1/public/programmes").with(newAddress())
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void invitationOnlyProgrammesAreNotListedPublicly() throws Exception {
        long programme = createProgramme(ngo, "INVITATION", 10);
        var start = Instant.now().plus(Duration.ofDays(5)).truncatedTo(ChronoUnit.HOURS);
        call(ngo, post("/api/v1/programmes/" + programme + "/sessions"),
                outsideSession("荔香公园", start, start.plus(Duration.ofHours(1)))).andExpect(status().isCreated());
        String code = JsonPath.read(body(call(ngo, get("/api/v1/programmes/" + programme), null)), "$.publicCode");
        api.mvc().perform(get("/api/v1/public/programmes?limit=500").with(newAddress()))
                .andExpect(jsonPath("$.items[*].code").value(not(hasItem(code))));
    }

    @Test
    void theOpenApiDescriptionDocumentsTheProgrammeEndpointsAndTheOpenListing() throws Exception {
        var docs = api.mvc().perform(get("/v3/api-docs").with(newAddress())).andExpect(status().isOk());
        for (String path : new String[] {"/api/v1/programmes", "/api/v1/programmes/{id}",
                "/api/v1/programmes/{id}/sessions", "/api/v1/programmes/{id}/session-series", "/api/v1/sessions/{id}",
                "/api/v1/registrations", "/api/v1/registrations/{id}/ticket.png", "/api/v1/residents/{id}/merge",
                "/api/v1/public/programmes", "/api/v1/public/programmes/{code}"}) {
            docs.andExpect(jsonPath("$.paths['%s']".formatted(path)).exists());
        }
        docs.andExpect(jsonPath("$.paths['/api/v1/public/programmes'].get.security").isEmpty())
                .andExpect(jsonPath("$.paths['/api/v1/programmes'].get.security").doesNotExist())
                .andExpect(jsonPath("$.paths['/api/v1/registrations/{id}/ticket.png'].get.responses['422']")
                        .exists());
    }

    // --- helpers shared with the registration tests

    ResultActions call(String token, MockHttpServletRequestBuilder request, String json) throws Exception {
        if (json != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json);
        }
        return api.mvc().perform(as(token, request));
    }

    long createProgramme(String token, String visibility, Integer capacity) throws Exception {
        return idOf(call(token, post("/api/v1/programmes"),
                programme("测试项目 " + UUID.randomUUID(), visibility, capacity)).andExpect(status().isCreated()));
    }

    static String programme(String title, String visibility, Integer capacity) {
        return """
                {"title":"%s","description":"每周一次","targetGroups":["MIGRANT_WORKERS"],"capacity":%s,
                 "mode":"PER_SESSION","visibility":"%s"}""".formatted(title, capacity, visibility);
    }

    static String outsideSession(String location, Instant start, Instant end) {
        return "{\"kind\":\"OUTSIDE\",\"location\":\"%s\",\"start\":\"%s\",\"end\":\"%s\"}".formatted(location,
                start.atZone(SHANGHAI).toOffsetDateTime(), end.atZone(SHANGHAI).toOffsetDateTime());
    }

    static long idOf(ResultActions result) throws Exception {
        return ((Number) JsonPath.read(body(result), "$.id")).longValue();
    }

    static String body(ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
