package org.servicecentre.programme.web;

import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.servicecentre.ApiClient;
import org.servicecentre.ServiceCentreTest;
import org.servicecentre.booking.BookingFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.context.WebApplicationContext;

/** Sessions in rooms over the API: the room is booked with the session, one-off or as a weekly series. */
@ServiceCentreTest
class SessionInRoomApiIntegrationTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    BookingFixtures fixtures;

    ProgrammeApiIntegrationTest calls;
    String ngo;

    @BeforeEach
    void setUp() throws Exception {
        calls = new ProgrammeApiIntegrationTest();
        calls.api = new ApiClient(context);
        ngo = calls.api.tokenFor("ngo");
    }

    @Test
    void aRoomSessionBooksTheRoomAndASecondOneThenIsRefused() throws Exception {
        var room = fixtures.room(30, 0, false);
        var day = fixtures.openWeekday(room, 10);
        long programme = calls.createProgramme(ngo, "PUBLIC", 20);
        String body = "{\"kind\":\"ROOM\",\"roomId\":%d,\"start\":\"%sT16:30:00+08:00\",\"end\":\"%sT18:00:00+08:00\","
                + "\"expectedAttendance\":20}";
        calls.call(ngo, post("/api/v1/programmes/" + programme + "/sessions"), body.formatted(room.id(), day, day))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.roomId").value(room.id()))
                .andExpect(jsonPath("$.bookingId").isNumber())
                .andExpect(jsonPath("$.start").value(day + "T16:30:00+08:00"));
        calls.call(ngo, post("/api/v1/programmes/" + programme + "/sessions"), body.formatted(room.id(), day, day))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("BOOKING_SLOT_TAKEN"));
    }

    @Test
    void aWeeklySeriesHoldsASessionInEveryOccurrenceItCouldBook() throws Exception {
        var room = fixtures.room(30, 0, false);
        var day = fixtures.openWeekday(room, 14, 3);
        long programme = calls.createProgramme(ngo, "PUBLIC", 20);
        calls.call(ngo, post("/api/v1/programmes/" + programme + "/sessions"),
                        "{\"kind\":\"ROOM\",\"roomId\":%d,\"start\":\"%sT16:30:00+08:00\",\"end\":\"%sT18:00:00+08:00\",\"expectedAttendance\":20}"
                                .formatted(room.id(), day.plusWeeks(1), day.plusWeeks(1)))
                .andExpect(status().isCreated());

        calls.call(ngo, post("/api/v1/programmes/" + programme + "/session-series")
                        .header("Accept-Language", "en"),
                "{\"roomId\":%d,\"start\":\"%sT16:30:00+08:00\",\"end\":\"%sT18:00:00+08:00\",\"rrule\":\"FREQ=WEEKLY;COUNT=3\",\"expectedAttendance\":20}"
                        .formatted(room.id(), day, day))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.created", hasSize(2)))
                .andExpect(jsonPath("$.created[0].programmeId").value(programme))
                .andExpect(jsonPath("$.skipped", hasSize(1)))
                .andExpect(jsonPath("$.skipped[0].code").value("BOOKING_SLOT_TAKEN"))
                .andExpect(jsonPath("$.skipped[0].start").value(day.plusWeeks(1) + "T16:30:00+08:00"));
        calls.call(ngo, post("/api/v1/programmes/" + programme + "/session-series"),
                        "{\"roomId\":%d,\"start\":\"%sT16:30:00+08:00\",\"end\":\"%sT18:00:00+08:00\",\"rrule\":\"FREQ=WEEKLY\",\"expectedAttendance\":20}"
                                .formatted(room.id(), day, day))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("RRULE_UNBOUNDED"));
    }
}
