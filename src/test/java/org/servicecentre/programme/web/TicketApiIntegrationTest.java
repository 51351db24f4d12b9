package org.servicecentre.programme.web;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.servicecentre.ApiClient.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.servicecentre.ApiClient;
import org.servicecentre.ServiceCentreTest;
import org.servicecentre.programme.TicketTestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.web.context.WebApplicationContext;

/** {@code POST /api/v1/tickets/verify}: anything scanned gets an outcome, never a server error. */
@ServiceCentreTest
class TicketApiIntegrationTest {

    @Autowired
    WebApplicationContext context;

    ApiClient api;
    String manager;

    @BeforeEach
    void setUp() throws Exception {
        api = new ApiClient(context);
        manager = api.tokenFor("manager");
    }

    @Test
    void garbageIsAnsweredAsMalformedNotAsAnError() throws Exception {
        for (String garbage : new String[] {"hello", "SC1.", "SC1.!!!!", "SC1.AQ", "https://example.org/door/12",
                "SC1." + "A".repeat(150), "\"quoted\" 中文 \\u0000"}) {
            verify(manager, "{\"token\":" + json(garbage) + "}")
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.outcome").value("MALFORMED"))
                    .andExpect(jsonPath("$.subjectId").doesNotExist());
        }
    }

    @Test
    void saysWhyAWellFormedTicketIsRefusedInTheCallersLanguage() throws Exception {
        api.mvc().perform(as(manager, post("/api/v1/tickets/verify")).header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"token\":\"" + TicketTestTokens.signedUnderAnUnknownKey() + "\",\"centreId\":1}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.outcome").value("UNKNOWN_KEY"))
                .andExpect(jsonPath("$.message").value("Not valid: signed with an unknown or retired key; get a new ticket"));
        verify(manager, "{\"token\":\"" + TicketTestTokens.forgedUnderTheSigningKey(context)
                + "\",\"at\":\"2027-03-02T16:25:00+08:00\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.outcome").value("FORGED"))
                .andExpect(jsonPath("$.message").value("无效：电子票被篡改或伪造"))
                .andExpect(jsonPath("$.residentId").doesNotExist());
    }

    @Test
    void aMissingTokenIsAnInvalidRequest() throws Exception {
        verify(manager, "{}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("token")));
        verify(manager, "{\"token\":\"  \"}").andExpect(status().isUnprocessableContent());
    }

    @Test
    void aBodyThatIsNotJsonOrHasAWrongTypeIsABadRequest() throws Exception {
        verify(manager, "{\"token\":").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("MALFORMED_REQUEST"));
        verify(manager, "{\"token\":\"SC1.x\",\"centreId\":\"here\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("MALFORMED_REQUEST"));
        verify(manager, "{\"token\":\"SC1.x\",\"at\":\"tomorrow\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value(not("INTERNAL_ERROR")));
    }

    @Test
    void staffMayVerifyButRegionOfficersAndStrangersMayNot() throws Exception {
        verify(api.tokenFor("ngo"), "{\"token\":\"x\"}").andExpect(status().isOk());
        verify(api.tokenFor("admin"), "{\"token\":\"x\"}").andExpect(status().isOk());
        verify(api.tokenFor("officer"), "{\"token\":\"x\"}").andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("FORBIDDEN"));
        api.mvc().perform(post("/api/v1/tickets/verify").with(ApiClient.newAddress())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"token\":\"x\"}"))
                .andExpect(status().isUnauthorized());
    }

    private ResultActions verify(String token, String body) throws Exception {
        return api.mvc().perform(as(token, post("/api/v1/tickets/verify"))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private static String json(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
