package org.servicecentre.checkin.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.servicecentre.ApiClient;
import org.servicecentre.ServiceCentreTest;
import org.servicecentre.booking.BookingStartFixtures;
import org.servicecentre.checkin.KioskDraft;
import org.servicecentre.checkin.KioskService;
import org.servicecentre.checkin.PairedKiosk;
import org.servicecentre.security.Role;
import org.servicecentre.security.StaffCodes;
import org.servicecentre.security.SystemAuthentication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.context.WebApplicationContext;

/** {@code POST /api/v1/kiosk/staff-starts} with a real device token and a real staff code. */
@ServiceCentreTest
class KioskStaffStartApiIntegrationTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    KioskService kiosks;

    @Autowired
    StaffCodes codes;

    @Autowired
    BookingStartFixtures fixtures;

    private ApiClient api;
    private long organisation;
    private String code;

    @BeforeEach
    void aSocialWorkerWithAStaffCode() {
        api = new ApiClient(context);
        organisation = fixtures.organisation();
        var worker = fixtures.account(Role.NGO_STAFF, "冯社工", organisation, Set.of());
        code = fixtures.as(worker, codes::issue).code();
    }

    @Test
    void severalBookingsAreOfferedAndTheChosenOneIsConfirmedOnceEvenWhenResent() throws Exception {
        var kiosk = pairedKioskOf("GXQ");
        var onNow = fixtures.bookNow(fixtures.room(), organisation, -10, 60);
        var soon = fixtures.bookNow(fixtures.room(), organisation, 15, 60);

        api.mvc().perform(staffStart(kiosk.token(), "{\"code\":\"" + code + "\",\"nonce\":\"" + nonce() + "\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.outcome").value("CHOOSE_BOOKING"))
                .andExpect(jsonPath("$.message").value("请选择要开始的预约"))
                .andExpect(jsonPath("$.staffName").value("冯社工"))
                .andExpect(jsonPath("$.choices.length()").value(2))
                .andExpect(jsonPath("$.choices[0].id").value(onNow.id()))
                .andExpect(jsonPath("$.choices[0].purpose").value("开始确认测试"));
        var choice = "{\"code\":\"" + code + "\",\"bookingId\":" + soon.id() + ",\"nonce\":\"" + nonce() + "\"}";
        api.mvc().perform(staffStart(kiosk.token(), choice)).andExpect(status().isOk())
                .andExpect(jsonPath("$.outcome").value("STARTED"))
                .andExpect(jsonPath("$.booking.id").value(soon.id()))
                .andExpect(jsonPath("$.booking.startedBy").value("冯社工"));
        api.mvc().perform(staffStart(kiosk.token(), choice)).andExpect(status().isOk())
                .andExpect(jsonPath("$.outcome").value("ALREADY_STARTED"));
    }

    @Test
    void anUnknownCodeIsNotValidAndAMissingNonceIsRefused() throws Exception {
        var kiosk = pairedKioskOf("GXQ");

        api.mvc().perform(staffStart(kiosk.token(), "{\"code\":\"scs_nope\",\"nonce\":\"" + nonce() + "\"}")
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.outcome").value("NOT_VALID"))
                .andExpect(jsonPath("$.message").value("Staff code not valid"))
                .andExpect(jsonPath("$.staffName").doesNotExist());
        api.mvc().perform(staffStart(kiosk.token(), "{\"code\":\"" + code + "\"}"))
                .andExpect(status().isUnprocessableEntity());
    }

    @Test
    void aBookingOfAnotherCentreIsRefusedWithItsCodeAndPeoplesTokensGetNothing() throws Exception {
        var kiosk = pairedKioskOf("KJY");
        var atGxq = fixtures.bookNow(fixtures.room(), organisation, -5, 60);

        api.mvc().perform(staffStart(kiosk.token(), "{\"code\":\"" + code + "\",\"bookingId\":" + atGxq.id()
                        + ",\"nonce\":\"" + nonce() + "\"}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("BOOKING_START_OTHER_CENTRE"));
        api.mvc().perform(ApiClient.as(api.tokenFor("manager"), post("/api/v1/kiosk/staff-starts")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"" + code + "\",\"nonce\":\"" + nonce() + "\"}")))
                .andExpect(status().isForbidden());
    }

    private PairedKiosk pairedKioskOf(String centreCode) {
        var pairing = SystemAuthentication.asSystem(() -> kiosks.create(fixtures.centre(centreCode),
                new KioskDraft("SS-" + Long.toString(System.nanoTime(), 36).toUpperCase(), "入口")));
        return kiosks.pair(pairing.code(), "198.51.100." + (System.nanoTime() % 250));
    }

    private static MockHttpServletRequestBuilder staffStart(String token, String body) {
        return post("/api/v1/kiosk/staff-starts").contentType(MediaType.APPLICATION_JSON).content(body)
                .header(HttpHeaders.AUTHORIZATION, "Device " + token).with(ApiClient.newAddress());
    }

    private static String nonce() {
        return UUID.randomUUID().toString();
    }
}
