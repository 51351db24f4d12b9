package org.servicecentre.centre.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.servicecentre.ApiClient.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.servicecentre.ApiClient;
import org.servicecentre.ServiceCentreTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.web.context.WebApplicationContext;

@ServiceCentreTest
class RoomApiIntegrationTest {

    @Autowired
    WebApplicationContext context;

    ApiClient api;
    String admin;

    @BeforeEach
    void setUp() throws Exception {
        api = new ApiClient(context);
        admin = api.tokenFor("admin");
    }

    @Test
    void listsRoomsByCentreCapacityAndEveryAmenityAsked() throws Exception {
        long kjy = centreId("KJY");

        api.mvc().perform(as(admin, get("/api/v1/rooms").param("centre", String.valueOf(kjy)).param("capacity", "30")
                        .param("amenity", "PROJECTOR").param("amenity", "STEP_FREE")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].code").value("HALL"))
                .andExpect(jsonPath("$.items[0].centreCode").value("KJY"))
                .andExpect(jsonPath("$.items[0].needsApproval").value(true))
                .andExpect(jsonPath("$.items[0].amenities[*].code").value(hasItem("SOUND")));
        api.mvc().perform(as(admin, get("/api/v1/rooms").param("capacity", "40")))
                .andExpect(jsonPath("$.items[*].capacity").value(everyItem(greaterThanOrEqualTo(40))));
    }

    @Test
    void listsOnlyTheRoomsOfAnAlliancesMemberCentres() throws Exception {
        long ntc = centreId("NTC");
        String code = "ROOMS-" + Long.toString(System.nanoTime(), 36).toUpperCase();
        var created = api.mvc().perform(as(admin, post("/api/v1/alliances").contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"code": "%s", "name": "南头城单中心联盟", "centreIds": [%d]}
                                """.formatted(code, ntc))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        long alliance = ((Number) JsonPath.read(created, "$.id")).longValue();

        api.mvc().perform(as(admin, get("/api/v1/rooms").param("alliance", String.valueOf(alliance)).param("limit", "100")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(greaterThanOrEqualTo(1)))
                .andExpect(jsonPath("$.items[*].centreCode").value(everyItem(org.hamcrest.Matchers.is("NTC"))));
        api.mvc().perform(as(admin, get("/api/v1/rooms").param("alliance", "987654321")))
                .andExpect(status().isNotFound());
    }

    @Test
    void createsARoomAndSaysWhereItLives() throws Exception {
        String code = "R" + Long.toString(System.nanoTime(), 36).toUpperCase();

        var response = api.mvc().perform(as(admin, post("/api/v1/rooms")).contentType(MediaType.APPLICATION_JSON)
                        .content(room(centreId("TL"), code, 30)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.code").value(code))
                .andExpect(jsonPath("$.centreCode").value("TL"))
                .andReturn().getResponse();

        Number id = JsonPath.read(response.getContentAsString(StandardCharsets.UTF_8), "$.id");
        assertThat(response.getHeader("Location")).endsWith("/api/v1/rooms/" + id);
        api.mvc().perform(as(admin, get("/api/v1/rooms/" + id))).andExpect(jsonPath("$.name").value("接待室"));
    }

    @Test
    void refusesAManagerARoomInACentreTheyDoNotManage() throws Exception {
        String manager = api.tokenFor("manager");

        api.mvc().perform(as(manager, post("/api/v1/rooms")).contentType(MediaType.APPLICATION_JSON)
                        .content(room(centreId("TL"), "NOPE", 10)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("FORBIDDEN"));
    }

    @Test
    void refusesADuplicateCodeWithAConflictAndABadCapacityAsInvalid() throws Exception {
        api.mvc().perform(as(admin, post("/api/v1/rooms")).contentType(MediaType.APPLICATION_JSON)
                        .content(room(centreId("KJY"), "HALL", 10)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("DUPLICATE_CODE"));
        api.mvc().perform(as(admin, post("/api/v1/rooms")).contentType(MediaType.APPLICATION_JSON)
                        .content(room(centreId("KJY"), "BIG", 5000)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"));
        api.mvc().perform(as(admin, post("/api/v1/rooms")).contentType(MediaType.APPLICATION_JSON)
                        .content(room(centreId("KJY"), "NOAMEN", 5).replace("[]", "[999999]")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("AMENITY_UNKNOWN"));
    }

    @Test
    void answersAnUnknownRoomWithNotFound() throws Exception {
        api.mvc().perform(as(admin, get("/api/v1/rooms/987654321"))).andExpect(status().isNotFound());
        api.mvc().perform(as(admin, put("/api/v1/rooms/987654321")).contentType(MediaType.APPLICATION_JSON)
                        .content(room(centreId("KJY"), "X", 5)))
                .andExpect(status().isNotFound());
    }

    @Test
    void servesTheDoorCodeAsAPngToEditorsOnly() throws Exception {
        long hall = roomId("KJY", "HALL");

        byte[] png = api.mvc().perform(as(admin, get("/api/v1/rooms/" + hall + "/door-code.png")))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.IMAGE_PNG))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(ImageIO.read(new ByteArrayInputStream(png)).getWidth()).isEqualTo(600);
        api.mvc().perform(as(api.tokenFor("officer"), get("/api/v1/rooms/" + hall + "/door-code.png")))
                .andExpect(status().isForbidden());
    }

    @Test
    void listsTheAmenitiesWithBothNames() throws Exception {
        api.mvc().perform(as(api.tokenFor("ngo"), get("/api/v1/amenities")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.code == 'KITCHEN')].nameZh").value(hasItem("厨房")))
                .andExpect(jsonPath("$[?(@.code == 'KITCHEN')].nameEn").value(hasItem("Kitchen")));
    }

    private long roomId(String centre, String code) throws Exception {
        var list = api.mvc().perform(as(admin, get("/api/v1/rooms").param("centre", String.valueOf(centreId(centre)))
                .param("q", code))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return ((Number) JsonPath.read(list, "$.items[0].id")).longValue();
    }

    private long centreId(String code) throws Exception {
        var list = api.mvc().perform(as(admin, get("/api/v1/centres").param("q", code).param("limit", "500")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        // the search also finds centres other tests made whose codes merely contain this one
        java.util.List<Number> ids = JsonPath.read(list, "$.items[?(@.code == '" + code + "')].id");
        return ids.getFirst().longValue();
    }

    private static String room(long centreId, String code, int capacity) {
        return """
                {"centreId": %d, "code": "%s", "name": "接待室", "capacity": %d, "floor": "1F", "amenityIds": []}
                """.formatted(centreId, code, capacity);
    }
}
