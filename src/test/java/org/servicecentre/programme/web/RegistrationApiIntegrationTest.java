package org.servicecentre.programme.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicecentre.programme.web.ProgrammeApiIntegrationTest.SHANGHAI;
import static org.servicecentre.programme.web.ProgrammeApiIntegrationTest.body;
import static org.servicecentre.programme.web.ProgrammeApiIntegrationTest.idOf;
import static org.servicecentre.programme.web.ProgrammeApiIntegrationTest.outsideSession;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.servicecentre.ApiClient;
import org.servicecentre.ServiceCentreTest;
import org.servicecentre.security.PersonalDataAccessFilter;
import org.servicecentre.security.PersonalDataAudit;
import org.servicecentre.security.SystemAuthentication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.context.WebApplicationContext;

/**
 * Registrations, tickets and residents over {@code /api/v1}: the ticket image round trip, and that no caller without
 * access to a resident ever gets their phone number in the clear.
 */
@ServiceCentreTest
class RegistrationApiIntegrationTest {

    // a mainland mobile number standing alone, not a run of digits inside an id or a UUID
    private static final Pattern ELEVEN_DIGITS = Pattern.compile("(?<!\\d)1[3-9]\\d{9}(?!\\d)");

    @Autowired
    WebApplicationContext context;
    @Autowired
    PersonalDataAudit audit;

    ProgrammeApiIntegrationTest calls;
    String ngo;
    long programme;
    long session;
    Instant sessionStart;

    @BeforeEach
    void setUp() throws Exception {
        calls = new ProgrammeApiIntegrationTest();
        calls.api = new ApiClient(context);
        ngo = calls.api.tokenFor("ngo");
        programme = calls.createProgramme(ngo, "PUBLIC", 1);
        sessionStart = laterToday();
        session = idOf(calls.call(ngo, post("/api/v1/programmes/" + programme + "/sessions"),
                outsideSession("南山工业园食堂", sessionStart, sessionStart.plus(Duration.ofHours(2))))
                .andExpect(status().isCreated()));
    }

    @Test
    void aRegistrationsTicketDecodesToAValidTokenUntilItIsCancelled() throws Exception {
        String phone = newPhone();
        var registered = register("王小明", phone)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("REGISTERED"))
                .andExpect(jsonPath("$.residentPhone").value(phone))
                .andExpect(jsonPath("$.masked").value(false))
                .andExpect(jsonPath("$.ticketUrl").value(org.hamcrest.Matchers.containsString("/t/")));
        long id = idOf(registered);

        var png = calls.call(ngo, get("/api/v1/registrations/" + id + "/ticket.png?size=300"), null)
                .andExpect(status().isOk())
                .andExpect(content().contentType("image/png"))
                .andReturn().getResponse().getContentAsByteArray();
        String token = decode(png);
        assertThat(token).startsWith("SC1.").doesNotContain(phone).doesNotContain("王小明");
        String payload = new String(Base64.getUrlDecoder().decode(token.substring(4)), StandardCharsets.ISO_8859_1);
        assertThat(payload).doesNotContain(phone).doesNotContain(phone.substring(3));
        verify(token).andExpect(jsonPath("$.outcome").value("VALID"))
                .andExpect(jsonPath("$.subjectId").value(id))
                .andExpect(jsonPath("$.session.sessionId").value(session));
        calls.call(ngo, get("/api/v1/registrations/" + id + "/ticket.svg"), null)
                .andExpect(status().isOk())
                .andExpect(content().contentType("image/svg+xml"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("<svg")));

        calls.call(ngo, post("/api/v1/registrations/" + id + "/cancel"), "{\"reason\":\"家中有事\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CANCELLED"))
                .andExpect(jsonPath("$.ticketUrl").doesNotExist());
        verify(token).andExpect(jsonPath("$.outcome").value("REVOKED"));
        calls.call(ngo, get("/api/v1/registrations/" + id + "/ticket.png").header("Accept-Language", "en"), null)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("TICKET_NOT_ADMITTED"))
                .andExpect(jsonPath("$.detail").value(
                        "This registration holds no place (it is on the waitlist or cancelled), so it has no ticket."));
    }

    @Test
    void aWaitlistedRegistrationHasNoTicketUntilItMovesUp() throws Exception {
        long first = idOf(register(null, null).andExpect(status().isCreated()));
        long second = idOf(register(null, null)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("WAITLISTED"))
                .andExpect(jsonPath("$.waitlistPosition").value(1)));
        calls.call(ngo, get("/api/v1/registrations/" + second + "/ticket.svg"), null)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("TICKET_NOT_ADMITTED"))
                .andExpect(jsonPath("$.detail").value("该报名尚未获得名额（仍在候补或已取消），没有电子票。"));

        calls.call(ngo, post("/api/v1/registrations/" + first + "/cancel"), null).andExpect(status().isOk());
        calls.call(ngo, get("/api/v1/registrations/" + second), null).andExpect(jsonPath("$.status").value("REGISTERED"));
        calls.call(ngo, get("/api/v1/registrations/" + second + "/ticket.png"), null).andExpect(status().isOk());
        calls.call(ngo, get("/api/v1/sessions/" + session + "/registrations"), null)
                .andExpect(jsonPath("$[0].id").value(second));
    }

    @Test
    void callersWithoutAccessNeverGetAPhoneNumberInTheClear() throws Exception {
        String phone = newPhone();
        long registration = idOf(register("李阿姨", phone).andExpect(status().isCreated()));
        long resident = ((Number) com.jayway.jsonpath.JsonPath.read(
                body(calls.call(ngo, get("/api/v1/registrations/" + registration), null)), "$.residentId")).longValue();

        for (String user : List.of("admin", "manager", "officer")) {
            String token = calls.api.tokenFor(user);
            for (String path : List.of("/api/v1/residents?limit=500", "/api/v1/residents?phone=" + phone,
                    "/api/v1/residents/" + resident, "/api/v1/registrations/" + registration,
                    "/api/v1/sessions/" + session + "/registrations", "/api/v1/sessions/" + session + "/attendance")) {
                String json = body(calls.call(token, get(path), null));
                assertThat(ELEVEN_DIGITS.matcher(json).find()).as(user + " " + path + ": " + json).isFalse();
                assertThat(json).as(user + " " + path).doesNotContain("李阿姨");
            }
        }
        calls.call(calls.api.tokenFor("admin"), get("/api/v1/registrations/" + registration), null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.masked").value(true))
                .andExpect(jsonPath("$.residentPhone").value(phone.substring(0, 3) + "****" + phone.substring(7)))
                .andExpect(jsonPath("$.residentName").value("李**"));
    }

    @Test
    void theOrganisationsOwnStaffSeeThePhoneAndEachViewIsLogged() throws Exception {
        String phone = newPhone();
        long registration = idOf(register("张三", phone).andExpect(status().isCreated()));
        var read = calls.call(ngo, get("/api/v1/registrations/" + registration), null)
                .andExpect(jsonPath("$.residentPhone").value(phone))
                .andExpect(jsonPath("$.residentName").value("张三"));
        long resident = ((Number) com.jayway.jsonpath.JsonPath.read(body(read), "$.residentId")).longValue();
        calls.call(ngo, get("/api/v1/residents?phone=" + phone), null)
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].phone").value(phone))
                .andExpect(jsonPath("$.items[0].masked").value(false));
        calls.call(ngo, get("/api/v1/sessions/" + session + "/attendance"), null)
                .andExpect(jsonPath("$.rows[0].residentPhone").value(phone));

        var entries = SystemAuthentication.asSystem(() -> audit.list(new PersonalDataAccessFilter("ngo",
                PersonalDataAudit.RESIDENT, resident, null, null, null), 0, 100));
        assertThat(entries).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void staffEnterChangeMergeAndForgetResidents() throws Exception {
        calls.call(ngo, post("/api/v1/residents").header("Accept-Language", "en"), "{\"name\":\"赵四\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("RESIDENT_CONSENT_REQUIRED"));
        calls.call(ngo, post("/api/v1/residents"), "{\"phone\":\"12ab\",\"consent\":true}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                .andExpect(jsonPath("$.errors[0].field").value("phone"));

        String phone = newPhone();
        long kept = idOf(calls.call(ngo, post("/api/v1/residents"),
                        "{\"name\":\"赵四\",\"phone\":\"+86 " + phone + "\",\"consent\":true}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.phone").value(phone))
                .andExpect(jsonPath("$.masked").value(false)));
        long duplicate = idOf(calls.call(ngo, post("/api/v1/residents"), "{\"name\":\"赵四\",\"consent\":true}")
                .andExpect(status().isCreated()));
        calls.call(ngo, org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(
                        "/api/v1/residents/" + kept), "{\"name\":\"赵四叔\",\"phone\":\"" + phone
                        + "\",\"targetGroups\":[\"ELDERLY\"],\"consent\":true}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("赵四叔"))
                .andExpect(jsonPath("$.targetGroups[0]").value("ELDERLY"));
        calls.call(ngo, post("/api/v1/residents/" + kept + "/merge"), "{\"duplicateId\":" + duplicate + "}")
                .andExpect(status().isOk());
        calls.call(ngo, get("/api/v1/residents/999999999").header("Accept-Language", "en"), null)
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value(
                        "The resident 999999999 was not found; it may have been removed. Reload and try again."));
        calls.call(ngo, get("/api/v1/residents/" + duplicate), null)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("RESIDENT_MERGED"));
        calls.call(ngo, post("/api/v1/residents/" + kept + "/consents/PHONE/withdraw"), null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.hasPhone").value(false))
                .andExpect(jsonPath("$.phone").doesNotExist());
    }

    private org.springframework.test.web.servlet.ResultActions register(String name, String phone) throws Exception {
        String resident = name == null ? "" : ",\"newResident\":{\"name\":\"%s\",\"phone\":\"%s\",\"consent\":true}"
                .formatted(name, phone);
        return calls.call(ngo, post("/api/v1/registrations"),
                "{\"programmeId\":%d,\"sessionId\":%d%s}".formatted(programme, session, resident));
    }

    private org.springframework.test.web.servlet.ResultActions verify(String token) throws Exception {
        String at = java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                sessionStart.plus(Duration.ofMinutes(5)).atZone(SHANGHAI));
        return calls.call(ngo, post("/api/v1/tickets/verify"), "{\"token\":\"%s\",\"at\":\"%s\"}".formatted(token, at))
                .andExpect(status().isOk());
    }

    /** An hour from now, or tomorrow morning when that is too close to midnight in Shanghai to stay on one day. */
    private static Instant laterToday() {
        var start = Instant.now().plus(Duration.ofHours(1)).truncatedTo(ChronoUnit.MINUTES).atZone(SHANGHAI);
        if (start.toLocalTime().isAfter(LocalTime.of(21, 0)) || start.toLocalDate().isAfter(
                Instant.now().atZone(SHANGHAI).toLocalDate())) {
            start = start.toLocalDate().plusDays(start.toLocalTime().isAfter(LocalTime.NOON) ? 1 : 0)
                    .atTime(10, 0).atZone(SHANGHAI);
        }
        return start.toInstant();
    }

    private static String newPhone() {
        return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    private static String decode(byte[] png) throws Exception {
        var image = ImageIO.read(new ByteArrayInputStream(png));
        var bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        return new MultiFormatReader().decode(bitmap,
                Map.of(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE), DecodeHintType.PURE_BARCODE,
                        Boolean.TRUE)).getText();
    }
}
