package org.servicecentre.booking.web;

import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.servicecentre.ApiClient.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.servicecentre.ApiClient;
import org.servicecentre.ServiceCentreTest;
import org.servicecentre.booking.BookingDraft;
import org.servicecentre.booking.BookingFixtures;
import org.servicecentre.booking.BookingService;
import org.servicecentre.centre.RoomSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.web.context.WebApplicationContext;

/** Booking series over the API: preview with reasons, create skipping or failing, scoped change and cancel. */
@ServiceCentreTest
class BookingSeriesApiIntegrationTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    BookingFixtures fixtures;

    @Autowired
    BookingService bookings;

    ApiClient api;
    String ngo;

    @BeforeEach
    void setUp() throws Exception {
        api = new ApiClient(context);
        ngo = api.tokenFor("ngo");
    }

    @Test
    void previewsEachOccurrenceWithAConflictFlagAndAReasonInTheRequestsLanguage() throws Exception {
        var room = fixtures.room(20, 0, false);
        var day = fixtures.openWeekday(room, 14, 3);
        var taken = day.plusWeeks(1);
        fixtures.as("manager", () -> bookings.create(new BookingDraft(room.id(), BookingFixtures.at(taken, "16:00"),
                BookingFixtures.at(taken, "17:00"), "志愿者培训", fixtures.organisation("YH-VOL"), 10, null)));

        api.mvc().perform(as(ngo, post("/api/v1/booking-series/preview")).header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON).content(body(room, day, "FREQ=WEEKLY;COUNT=3", null)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.zone").value("Asia/Shanghai"))
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.description", startsWith("Every week")))
                .andExpect(jsonPath("$.occurrences", hasSize(3)))
                .andExpect(jsonPath("$.occurrences[0].start").value(day + "T16:30:00+08:00"))
                .andExpect(jsonPath("$.occurrences[0].conflict").value(false))
                .andExpect(jsonPath("$.occurrences[1].conflict").value(true))
                .andExpect(jsonPath("$.occurrences[1].code").value("BOOKING_SLOT_TAKEN"))
                .andExpect(jsonPath("$.occurrences[1].reason", startsWith("This time is already taken: " + taken + " 16:00")));
    }

    @Test
    void createsWithSkipFailsWithConflictAndRefusesABadRule() throws Exception {
        var room = fixtures.room(20, 0, false);
        var day = fixtures.openWeekday(room, 14, 3);
        var taken = day.plusWeeks(1);
        fixtures.as("manager", () -> bookings.create(new BookingDraft(room.id(), BookingFixtures.at(taken, "16:00"),
                BookingFixtures.at(taken, "17:00"), "志愿者培训", fixtures.organisation("YH-VOL"), 10, null)));

        api.mvc().perform(as(ngo, post("/api/v1/booking-series")).contentType(MediaType.APPLICATION_JSON)
                        .content(body(room, day, "FREQ=WEEKLY;COUNT=3", null)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("SERIES_HAS_CONFLICTS"));
        api.mvc().perform(as(ngo, post("/api/v1/booking-series/preview")).contentType(MediaType.APPLICATION_JSON)
                        .content(body(room, day, "FREQ=WEEKLY;BYDAY=TUESDAY;COUNT=3", null)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("RRULE_INVALID"));
        api.mvc().perform(as(ngo, post("/api/v1/booking-series/preview")).contentType(MediaType.APPLICATION_JSON)
                        .content(body(room, day, "FREQ=DAILY;COUNT=5000", null)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("RRULE_TOO_MANY"));
        api.mvc().perform(as(ngo, post("/api/v1/booking-series/preview")).contentType(MediaType.APPLICATION_JSON)
                        .content(body(room, day, "FREQ=WEEKLY", null)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("RRULE_UNBOUNDED"));

        var created = api.mvc().perform(as(ngo, post("/api/v1/booking-series")).contentType(MediaType.APPLICATION_JSON)
                        .content(body(room, day, "FREQ=WEEKLY;COUNT=3", "SKIP")))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("http://localhost/api/v1/booking-series/")))
                .andExpect(jsonPath("$.series.rrule").value("FREQ=WEEKLY;COUNT=3"))
                .andExpect(jsonPath("$.created", hasSize(2)))
                .andExpect(jsonPath("$.skipped", hasSize(1)))
                .andExpect(jsonPath("$.skipped[0].code").value("BOOKING_SLOT_TAKEN"))
                .andExpect(jsonPath("$.skipped[0].reason", startsWith("该时段已被占用")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        long seriesId = ((Number) JsonPath.read(created, "$.series.id")).longValue();
        long first = ((Number) JsonPath.read(created, "$.created[0].id")).longValue();

        api.mvc().perform(as(ngo, put("/api/v1/booking-series/occurrences/" + first))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"scope\": \"ALL\", \"start\": \"17:00\", \"end\": \"18:30\", \"purpose\": \"四点半课堂\","
                                + " \"expectedAttendance\": 12}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.bookings", hasSize(2)))
                .andExpect(jsonPath("$.bookings[1].start", startsWith(day.plusWeeks(2) + "T17:00")));
        api.mvc().perform(as(ngo, post("/api/v1/booking-series/occurrences/" + first + "/cancel"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"scope\": \"FOLLOWING\", \"reason\": \"学期结束\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.bookings", hasSize(2)))
                .andExpect(jsonPath("$.bookings[0].status").value("CANCELLED"));
        api.mvc().perform(as(ngo, get("/api/v1/booking-series/" + seriesId)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.firstStart").value(day + "T17:00:00"))
                .andExpect(jsonPath("$.bookings[*].status", org.hamcrest.Matchers.everyItem(
                        org.hamcrest.Matchers.is("CANCELLED"))));
        api.mvc().perform(as(api.tokenFor("officer"), get("/api/v1/booking-series/" + seriesId)))
                .andExpect(status().isOk());
    }

    private static String body(RoomSummary room, LocalDate day, String rule, String onConflict) {
        return "{\"roomId\": " + room.id() + ", \"start\": \"" + day + "T16:30:00+08:00\", \"end\": \"" + day
                + "T18:00:00+08:00\", \"rrule\": \"" + rule + "\", \"purpose\": \"四点半课堂\", \"expectedAttendance\": 20"
                + (onConflict == null ? "" : ", \"onConflict\": \"" + onConflict + "\"") + "}";
    }
}
