package org.servicecentre.checkin.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
import org.servicecentre.programme.TicketService;
import org.servicecentre.security.SystemAuthentication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.context.WebApplicationContext;

/** {@code POST /api/v1/kiosk/checkins} with a real device token and a real ticket. */
@ServiceCentreTest
class KioskCheckInApiIntegrationTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    KioskService kiosks;

    @Autowired
    CentreService centres;

    @Autowired
    ProgrammeFixtures fixtures;

    @Autowired
    TicketService tickets;

    @Autowired
    JdbcTemplate jdbc;

    private ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(context);
    }

    @Test
    void aKioskChecksATicketInOnceEvenWhenTheScanIsResent() throws Exception {
        var kiosk = pairedKioskOf("GXQ");
        var token = tickets.registrationToken(registrationNowAt("GXQ"));
        var body = "{\"token\":\"" + token + "\",\"nonce\":\"" + UUID.randomUUID() + "\",\"method\":\"CAMERA\"}";

        api.mvc().perform(asDevice(kiosk.token(), body)).andExpect(status().isOk())
                .andExpect(jsonPath("$.outcome").value("CHECKED_IN"))
                .andExpect(jsonPath("$.message").value("签到成功"))
                .andExpect(jsonPath("$.maskedName").value("赵*"))
                .andExpect(jsonPath("$.repeated").value(false));
        api.mvc().perform(asDevice(kiosk.token(), body)).andExpect(status().isOk())
                .andExpect(jsonPath("$.outcome").value("CHECKED_IN"))
                .andExpect(jsonPath("$.repeated").value(true));
    }

    @Test
    void aTicketForAnotherCentreSaysWhichAndGarbageIsNotValid() throws Exception {
        var kiosk = pairedKioskOf("KJY");
        var token = tickets.registrationToken(registrationNowAt("GXQ"));

        api.mvc().perform(asDevice(kiosk.token(), "{\"token\":\"" + token + "\",\"nonce\":\"a-" + UUID.randomUUID()
                        + "\"}")).andExpect(status().isOk())
                .andExpect(jsonPath("$.outcome").value("OTHER_CENTRE"))
                .andExpect(jsonPath("$.otherCentre").value("高新区社区党群服务中心"));
        api.mvc().perform(asDevice(kiosk.token(), "{\"token\":\"hello\",\"nonce\":\"b-" + UUID.randomUUID() + "\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.outcome").value("NOT_VALID"));
        api.mvc().perform(asDevice(kiosk.token(), "{\"token\":\"hello\"}"))
                .andExpect(status().isUnprocessableEntity());
    }

    @Test
    void aWalkInIsCheckedInWithoutAnyCodeAndANotNowSessionIsRefused() throws Exception {
        var kiosk = pairedKioskOf("GXQ");
        long registration = registrationNowAt("GXQ");
        long session = jdbc.queryForObject("select session_id from registration where id = ?", Long.class,
                registration);

        api.mvc().perform(walkIn(kiosk.token(), "{\"sessionId\":" + session
                        + ",\"targetGroup\":\"MIGRANT_WORKERS\",\"nonce\":\"w-" + UUID.randomUUID() + "\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.outcome").value("CHECKED_IN"))
                .andExpect(jsonPath("$.session.id").value(session));
        jdbc.update("update programme_session set starts_at = starts_at + interval '3' hour, "
                + "ends_at = ends_at + interval '3' hour where id = ?", session);
        api.mvc().perform(walkIn(kiosk.token(), "{\"sessionId\":" + session + ",\"nonce\":\"w-"
                        + UUID.randomUUID() + "\"}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("CHECKIN_WALK_IN_NOT_NOW"));
    }

    private static MockHttpServletRequestBuilder walkIn(String token, String body) {
        return post("/api/v1/kiosk/walk-ins").contentType(MediaType.APPLICATION_JSON).content(body)
                .header(HttpHeaders.AUTHORIZATION, "Device " + token).with(ApiClient.newAddress());
    }

    @Test
    void peoplesTokensCannotCheckIn() throws Exception {
        api.mvc().perform(ApiClient.as(api.tokenFor("manager"), post("/api/v1/kiosk/checkins")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"token\":\"x\",\"nonce\":\"y\"}")))
                .andExpect(status().isForbidden());
    }

    private long registrationNowAt(String centreCode) {
        var programme = fixtures.programme(10, RegistrationMode.PER_SESSION);
        var session = fixtures.outsideSession(programme.id(), 2);
        var start = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofMinutes(1));
        long centreId = SystemAuthentication.asSystem(() -> centres.getByCode(centreCode)).id();
        jdbc.update("update programme_session set centre_id = ?, starts_at = ?, ends_at = ? where id = ?", centreId,
                java.sql.Timestamp.from(start), java.sql.Timestamp.from(start.plus(Duration.ofMinutes(90))),
                session.id());
        return fixtures.register(programme.id(), session.id(), "赵军", null).id();
    }

    private PairedKiosk pairedKioskOf(String centreCode) {
        var pairing = SystemAuthentication.asSystem(() -> kiosks.create(centres.getByCode(centreCode).id(),
                new KioskDraft("CHK-" + Long.toString(System.nanoTime(), 36).toUpperCase(), "入口")));
        return kiosks.pair(pairing.code(), "198.51.100." + (System.nanoTime() % 250));
    }

    private static MockHttpServletRequestBuilder asDevice(String token, String body) {
        return post("/api/v1/kiosk/checkins").contentType(MediaType.APPLICATION_JSON).content(body)
                .header(HttpHeaders.AUTHORIZATION, "Device " + token).with(ApiClient.newAddress());
    }
}
