package org.servicecentre.centre.web;

import static org.hamcrest.Matchers.hasSize;
import static org.servicecentre.ApiClient.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.servicecentre.ApiClient;
import org.servicecentre.ServiceCentreTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.WebApplicationContext;

/** Opening hours and closures over the API. Each test is rolled back so the demo hours stay as seeded. */
@ServiceCentreTest
@Transactional
class OpeningHoursApiIntegrationTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    ApiClient api;
    String manager;

    @BeforeEach
    void setUp() throws Exception {
        api = new ApiClient(context);
        manager = api.tokenFor("manager");
    }

    @Test
    void showsTheWeekMondayFirstWithClosedDaysEmpty() throws Exception {
        api.mvc().perform(as(api.tokenFor("officer"), get("/api/v1/centres/" + centreId("KJY") + "/hours")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.timeZone").value("Asia/Shanghai"))
                .andExpect(jsonPath("$.week", hasSize(7)))
                .andExpect(jsonPath("$.week[0].day").value("MONDAY"))
                .andExpect(jsonPath("$.week[0].ranges[0].start").value("08:30"))
                .andExpect(jsonPath("$.week[0].ranges[1].end").value("21:00"))
                .andExpect(jsonPath("$.week[6].ranges", hasSize(0)))
                .andExpect(jsonPath("$.exceptions[0].reason").value("邻里文化节，延长开放"));
    }

    @Test
    void letsAManagerReplaceTheWeekWithARangeUntilMidnight() throws Exception {
        api.mvc().perform(as(manager, put("/api/v1/centres/" + centreId("GXQ") + "/hours"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"week\": [{\"day\": \"FRIDAY\", \"ranges\": [{\"start\": \"18:00\", \"end\": \"24:00\"}]}]}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.week[4].ranges[0].end").value("24:00"))
                .andExpect(jsonPath("$.week[0].ranges", hasSize(0)));
    }

    @Test
    void refusesOverlappingRangesWithAMessageNamingTheDay() throws Exception {
        api.mvc().perform(as(manager, put("/api/v1/centres/" + centreId("GXQ") + "/hours"))
                        .contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "en")
                        .content("{\"week\": [{\"day\": \"TUESDAY\", \"ranges\": [{\"start\": \"08:00\", \"end\": \"12:00\"},"
                                + " {\"start\": \"11:00\", \"end\": \"13:00\"}]}]}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("HOURS_OVERLAP"))
                .andExpect(jsonPath("$.detail").value("The ranges on Tuesday overlap; adjust them and save again."));
    }

    @Test
    void refusesAManagerTheHoursOfAnotherCentreAndAMalformedTime() throws Exception {
        String body = "{\"week\": [{\"day\": \"MONDAY\", \"ranges\": [{\"start\": \"08:00\", \"end\": \"12:00\"}]}]}";
        api.mvc().perform(as(manager, put("/api/v1/centres/" + centreId("TL") + "/hours"))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isForbidden());
        api.mvc().perform(as(manager, put("/api/v1/centres/" + centreId("GXQ") + "/hours"))
                        .contentType(MediaType.APPLICATION_JSON).content(body.replace("12:00", "25:00")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"));
    }

    @Test
    void addsListsAndRemovesAClosure() throws Exception {
        long gaoxin = centreId("GXQ");
        var created = api.mvc().perform(as(manager, post("/api/v1/centres/" + gaoxin + "/closures"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"firstDay\": \"2031-05-01\", \"lastDay\": \"2031-05-05\", \"reason\": \"劳动节假期闭馆\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.wholeCentre").value(true))
                .andExpect(header().exists("Location"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Number id = JsonPath.read(created, "$.id");

        api.mvc().perform(as(api.tokenFor("ngo"), get("/api/v1/centres/" + gaoxin + "/closures")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.id == " + id + ")].reason").value("劳动节假期闭馆"));
        api.mvc().perform(as(api.tokenFor("ngo"), delete("/api/v1/centres/" + gaoxin + "/closures/" + id)))
                .andExpect(status().isForbidden());
        api.mvc().perform(as(manager, delete("/api/v1/centres/" + gaoxin + "/closures/" + id)))
                .andExpect(status().isNoContent());
        api.mvc().perform(as(manager, delete("/api/v1/centres/" + gaoxin + "/closures/" + id)))
                .andExpect(status().isNotFound());
    }

    @Test
    void refusesAClosureWhoseLastDayComesFirstOrThatHasNoReason() throws Exception {
        String url = "/api/v1/centres/" + centreId("GXQ") + "/closures";
        api.mvc().perform(as(manager, post(url)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"firstDay\": \"2031-05-05\", \"lastDay\": \"2031-05-01\", \"reason\": \"检修\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("CLOSURE_DAYS_REVERSED"));
        api.mvc().perform(as(manager, post(url)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"firstDay\": \"2031-05-01\", \"lastDay\": \"2031-05-01\", \"reason\": \" \"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
    }

    @Test
    void answersTheOpenIntervalsOfARoomWithLocalTimes() throws Exception {
        long room = room(centreId("KJY"), "API-1");

        api.mvc().perform(as(api.tokenFor("officer"), get("/api/v1/rooms/" + room + "/open-intervals")
                        .param("from", "2030-06-03").param("to", "2030-06-03")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.timeZone").value("Asia/Shanghai"))
                .andExpect(jsonPath("$.intervals", hasSize(2)))
                .andExpect(jsonPath("$.intervals[0].start").value("2030-06-03T00:30:00Z"))
                .andExpect(jsonPath("$.intervals[0].localStart").value("2030-06-03T08:30:00"))
                .andExpect(jsonPath("$.intervals[1].localEnd").value("2030-06-03T21:00:00"));
    }

    @Test
    void answersBadDatesWithProblemDetails() throws Exception {
        long room = room(centreId("KJY"), "API-2");
        String url = "/api/v1/rooms/" + room + "/open-intervals";

        api.mvc().perform(as(manager, get(url).param("from", "2030-13-01").param("to", "2030-06-03")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("MALFORMED_REQUEST"));
        api.mvc().perform(as(manager, get(url).param("from", "2030-06-03").param("to", "2030-06-01")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("HOURS_DATES_REVERSED"));
        api.mvc().perform(as(manager, get(url).param("from", "2030-01-01").param("to", "2031-06-01")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("HOURS_SPAN_TOO_LONG"));
        api.mvc().perform(as(manager, get("/api/v1/rooms/999999/open-intervals").param("from", "2030-06-03")
                        .param("to", "2030-06-03")))
                .andExpect(status().isNotFound());
    }

    private long centreId(String code) {
        return jdbc.queryForObject("select id from centre where code = ?", Long.class, code);
    }

    private long room(long centreId, String code) {
        jdbc.update("insert into room (centre_id, code, name, capacity, door_token) values (?, ?, ?, 10, ?)",
                centreId, code, "测试活动室" + code, "T." + code + System.nanoTime());
        return jdbc.queryForObject("select id from room where centre_id = ? and code = ?", Long.class, centreId, code);
    }
}
