package org.servicecentre.checkin.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.servicecentre.ApiClient;
import org.servicecentre.ServiceCentreTest;
import org.servicecentre.centre.CentreService;
import org.servicecentre.checkin.KioskDraft;
import org.servicecentre.checkin.KioskService;
import org.servicecentre.checkin.PairedKiosk;
import org.servicecentre.security.SystemAuthentication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.context.WebApplicationContext;

/** The kiosk API through the real security filters: a device token opens the kiosk API and nothing else. */
@ServiceCentreTest
class KioskApiIntegrationTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    KioskService kiosks;

    @Autowired
    CentreService centres;

    private ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(context);
    }

    @Test
    void aPairedKioskLearnsWhichKioskAndCentreItIs() throws Exception {
        var paired = pairedKioskOf("KJY");

        api.mvc().perform(asDevice(paired.token(), get("/api/v1/kiosk/me")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value(paired.kiosk().code()))
                .andExpect(jsonPath("$.centreName").value("科技园社区党群服务中心"));
    }

    @Test
    void aDeviceTokenOpensNothingOutsideTheKioskApi() throws Exception {
        var paired = pairedKioskOf("KJY");

        api.mvc().perform(asDevice(paired.token(), get("/api/v1/programmes"))).andExpect(status().isForbidden());
        api.mvc().perform(asDevice(paired.token(), get("/api/v1/me"))).andExpect(status().isForbidden());
    }

    @Test
    void aPersonalTokenDoesNotOpenTheKioskApi() throws Exception {
        String token = api.tokenFor("manager");

        api.mvc().perform(ApiClient.as(token, get("/api/v1/kiosk/me"))).andExpect(status().isForbidden());
    }

    @Test
    void aRevokedKioskIsUnauthenticated() throws Exception {
        var paired = pairedKioskOf("GXQ");
        SystemAuthentication.asSystem(() -> kiosks.revoke(paired.kiosk().id()));

        api.mvc().perform(asDevice(paired.token(), get("/api/v1/kiosk/me"))).andExpect(status().isUnauthorized());
        api.mvc().perform(asDevice("kd_never-issued", get("/api/v1/kiosk/me"))).andExpect(status().isUnauthorized());
    }

    private PairedKiosk pairedKioskOf(String centreCode) {
        var pairing = SystemAuthentication.asSystem(() -> kiosks.create(centres.getByCode(centreCode).id(),
                new KioskDraft("API-" + Long.toString(System.nanoTime(), 36).toUpperCase(), "入口")));
        return kiosks.pair(pairing.code(), "198.51.100." + System.nanoTime());
    }

    private static MockHttpServletRequestBuilder asDevice(String token, MockHttpServletRequestBuilder request) {
        return request.header(HttpHeaders.AUTHORIZATION, "Device " + token).with(ApiClient.newAddress());
    }
}
