package org.servicecentre.checkin.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.servicecentre.ApiClient;
import org.servicecentre.ServiceCentreTest;
import org.servicecentre.centre.CentreService;
import org.servicecentre.checkin.KioskDraft;
import org.servicecentre.checkin.KioskService;
import org.servicecentre.checkin.PairedKiosk;
import org.servicecentre.programme.ProgrammeFixtures;
import org.servicecentre.programme.RegistrationMode;
import org.servicecentre.security.SystemAuthentication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.context.WebApplicationContext;

/** {@code POST /api/v1/kiosk/feedback} with a real device token: kept once per nonce, refused when malformed. */
@ServiceCentreTest
class KioskFeedbackApiIntegrationTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    KioskService kiosks;

    @Autowired
    CentreService centres;

    @Autowired
    ProgrammeFixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    private ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(context);
    }

    @Test
    void aKioskGivesAScoreWithTagsAndAResendIsKeptOnce() throws Exception {
        var kiosk = pairedKioskOf("GXQ");
        var body = "{\"score\":5,\"tags\":[\"HELPFUL_STAFF\",\"clean\"],\"nonce\":\"" + UUID.randomUUID() + "\"}";

        var first = api.mvc().perform(asDevice(kiosk.token(), body)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.repeated").value(false)).andReturn().getResponse().getContentAsString();
        long id = JsonPath.<Number>read(first, "$.id").longValue();
        api.mvc().perform(asDevice(kiosk.token(), body)).andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(id))
                .andExpect(jsonPath("$.repeated").value(true));

        assertThat(jdbc.queryForList(
                "select tag from feedback_tag where feedback_id = ? order by tag", String.class, id))
                .containsExactly("CLEAN", "HELPFUL_STAFF");
        assertThat(jdbc.queryForObject(
                "select count(*) from feedback where kiosk_id = ?", Long.class, kiosk.kiosk().id())).isEqualTo(1);
    }

    @Test
    void aScoreAboutASessionHeldHereTodayIsKeptAndOneOnAnotherDayIsRefused() throws Exception {
        var kiosk = pairedKioskOf("GXQ");
        long today = sessionAt("GXQ", Instant.now().minus(Duration.ofMinutes(20)));
        long nextWeek = sessionAt("GXQ", Instant.now().plus(Duration.ofDays(7)));

        api.mvc().perform(asDevice(kiosk.token(), "{\"score\":4,\"sessionId\":" + today + ",\"nonce\":\"s-"
                + UUID.randomUUID() + "\"}")).andExpect(status().isCreated());
        api.mvc().perform(asDevice(kiosk.token(), "{\"score\":4,\"sessionId\":" + nextWeek + ",\"nonce\":\"s-"
                        + UUID.randomUUID() + "\"}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("FEEDBACK_SESSION_NOT_TODAY"));
    }

    @Test
    void aBadScoreAnUnknownTagOrNoNonceIsRefusedWith422() throws Exception {
        var kiosk = pairedKioskOf("KJY");

        api.mvc().perform(asDevice(kiosk.token(), "{\"score\":6,\"nonce\":\"b-" + UUID.randomUUID() + "\"}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("score")));
        api.mvc().perform(asDevice(kiosk.token(), "{\"nonce\":\"b-" + UUID.randomUUID() + "\"}"))
                .andExpect(status().isUnprocessableEntity());
        api.mvc().perform(asDevice(kiosk.token(), "{\"score\":3,\"tags\":[\"RUDE\"],\"nonce\":\"b-"
                        + UUID.randomUUID() + "\"}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("FEEDBACK_TAG_UNKNOWN"));
        api.mvc().perform(asDevice(kiosk.token(), "{\"score\":3}"))
                .andExpect(status().isUnprocessableEntity());
        assertThat(jdbc.queryForObject(
                "select count(*) from feedback where kiosk_id = ?", Long.class, kiosk.kiosk().id())).isZero();
    }

    @Test
    void peoplesTokensCannotGiveKioskScores() throws Exception {
        api.mvc().perform(ApiClient.as(api.tokenFor("manager"), post("/api/v1/kiosk/feedback")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"score\":5,\"nonce\":\"y\"}")))
                .andExpect(status().isForbidden());
    }

    @Test
    void theOpenApiDescriptionListsTheEndpointUnderKiosk() throws Exception {
        api.mvc().perform(get("/v3/api-docs").with(ApiClient.newAddress())).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/kiosk/feedback'].post.tags[0]").value("Kiosk"))
                .andExpect(jsonPath("$.paths['/api/v1/kiosk/feedback'].post.responses['201']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/kiosk/feedback'].post.responses['422']").exists());
    }

    private long sessionAt(String centreCode, Instant start) {
        var programme = fixtures.programme(10, RegistrationMode.PER_SESSION);
        var session = fixtures.outsideSession(programme.id(), 2);
        long centreId = SystemAuthentication.asSystem(() -> centres.getByCode(centreCode)).id();
        jdbc.update("update programme_session set centre_id = ?, starts_at = ?, ends_at = ? where id = ?", centreId,
                Timestamp.from(start), Timestamp.from(start.plus(Duration.ofMinutes(90))), session.id());
        return session.id();
    }

    private PairedKiosk pairedKioskOf(String centreCode) {
        var pairing = SystemAuthentication.asSystem(() -> kiosks.create(centres.getByCode(centreCode).id(),
                new KioskDraft("FBA-" + Long.toString(System.nanoTime(), 36).toUpperCase(), "入口")));
        return kiosks.pair(pairing.code(), "198.51.100." + (System.nanoTime() % 250));
    }

    private static MockHttpServletRequestBuilder asDevice(String token, String body) {
        return post("/api/v1/kiosk/feedback").contentType(MediaType.APPLICATION_JSON).content(body)
                .header(HttpHeaders.AUTHORIZATION, "Device " + token).with(ApiClient.newAddress());
    }
}
