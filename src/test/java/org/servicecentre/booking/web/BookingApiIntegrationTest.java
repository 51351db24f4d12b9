package org.servicecentre.booking.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.servicecentre.ApiClient.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.servicecentre.ApiClient;
import org.servicecentre.ServiceCentreTest;
import org.servicecentre.booking.BookingFixtures;
import org.servicecentre.booking.BookingRules;
import org.servicecentre.centre.RoomSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.web.context.WebApplicationContext;

/** The booking API end to end through the token filter: each test books its own fresh room in 高新区. */
@ServiceCentreTest
class BookingApiIntegrationTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    BookingFixtures fixtures;

    ApiClient api;
    String ngo;
    String manager;

    @BeforeEach
    void setUp() throws Exception {
        api = new ApiClient(context);
        ngo = api.tokenFor("ngo");
        manager = api.tokenFor("manager");
    }

    @Test
    void booksARoomAndRefusesAnOverlapWithAConflictNamingTheTakenTime() throws Exception {
        var room = fixtures.room(20, 0, false);
        var day = fixtures.openWeekday(room, 14);

        var response = book(ngo, booking(room, day + "T14:00:00+08:00", day + "T16:00:00+08:00", "周末读书会", 12))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("CONFIRMED"))
                .andExpect(jsonPath("$.start").value(day + "T14:00:00+08:00"))
                .andExpect(jsonPath("$.zone").value("Asia/Shanghai"))
                .andExpect(jsonPath("$.mine").value(true))
                .andReturn().getResponse();
        Number id = JsonPath.read(response.getContentAsString(StandardCharsets.UTF_8), "$.id");
        assertThat(response.getHeader("Location")).endsWith("/api/v1/bookings/" + id);

        // the same time asked in UTC is the same slot
        book(ngo, booking(room, day + "T07:30:00Z", day + "T08:30:00Z", "另一场活动", 5))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("BOOKING_SLOT_TAKEN"))
                .andExpect(jsonPath("$.detail").value(containsString(day + " 14:00–16:00")));
        api.mvc().perform(as(ngo, get("/api/v1/bookings/" + id)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.purpose").value("周末读书会"));
    }

    @Test
    void answersBadInputWithTheFieldOrTheRuleAndWritesNothing() throws Exception {
        var room = fixtures.room(10, 0, false);
        var day = fixtures.openWeekday(room, 16);
        String start = day + "T15:00:00+08:00";

        book(ngo, booking(room, start, day + "T14:00:00+08:00", "x", 5)).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("BOOKING_END_BEFORE_START"));
        book(ngo, booking(room, start, start, "x", 5)).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("BOOKING_ZERO_LENGTH"));
        book(ngo, booking(room, start, day + "T16:00:00+08:00", "x", 11)).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("BOOKING_OVER_CAPACITY"));
        book(ngo, booking(room, start, day + "T16:00:00+08:00", " ", 0)).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("purpose")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("expectedAttendance")));
        book(ngo, booking(room, "next tuesday at four", day + "T16:00:00+08:00", "x", 5))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("MALFORMED_REQUEST"))
                .andExpect(jsonPath("$.detail").value(containsString("start")));
        book(ngo, """
                {"roomId": 987654321, "start": "%s", "end": "%sT16:00:00+08:00", "purpose": "x", "expectedAttendance": 5}
                """.formatted(start, day)).andExpect(status().isNotFound());

        api.mvc().perform(as(ngo, get("/api/v1/bookings").param("roomId", String.valueOf(room.id()))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void showsNgoStaffAnotherOrganisationsBookingOnlyAsBusy() throws Exception {
        var room = fixtures.room(20, 0, false);
        var day = fixtures.openWeekday(room, 17);
        long volunteers = fixtures.organisation("YH-VOL");
        long theirs = id(book(manager, """
                {"roomId": %d, "start": "%sT10:00:00+08:00", "end": "%sT11:00:00+08:00", "purpose": "志愿者培训",
                 "expectedAttendance": 10, "organisationId": %d}
                """.formatted(room.id(), day, day, volunteers)).andExpect(status().isCreated()));

        api.mvc().perform(as(ngo, get("/api/v1/bookings/" + theirs)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("FORBIDDEN"));
        api.mvc().perform(as(ngo, post("/api/v1/bookings/" + theirs + "/cancel")))
                .andExpect(status().isForbidden());
        api.mvc().perform(as(ngo, get("/api/v1/rooms/" + room.id() + "/calendar")
                        .param("from", day + "T00:00:00+08:00").param("to", day.plusDays(1) + "T00:00:00+08:00")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value(theirs))
                .andExpect(jsonPath("$[0].details").value(false))
                .andExpect(jsonPath("$[0].purpose").value(nullValue()))
                .andExpect(jsonPath("$[0].organisationName").value(nullValue()))
                .andExpect(jsonPath("$[0].start").value(day + "T10:00:00+08:00"));
        api.mvc().perform(as(manager, get("/api/v1/centres/" + room.centreId() + "/calendar")
                        .param("from", day + "T00:00:00+08:00").param("to", day.plusDays(1) + "T00:00:00+08:00")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == %d)].purpose".formatted(theirs)).value(hasItem("志愿者培训")));
    }

    @Test
    void letsTheManagerApproveAndDeclineRequestsFromTheInbox() throws Exception {
        var room = fixtures.room(40, 0, true);
        var day = fixtures.openWeekday(room, 15);
        long approved = id(book(ngo, booking(room, day + "T10:00:00+08:00", day + "T12:00:00+08:00", "亲子活动", 30))
                .andExpect(jsonPath("$.status").value("REQUESTED")));
        long declined = id(book(ngo, booking(room, day + "T13:00:00+08:00", day + "T14:00:00+08:00", "排练", 30)));

        api.mvc().perform(as(manager, get("/api/v1/bookings/inbox").param("centreId", String.valueOf(room.centreId()))
                        .param("limit", "500")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].id").value(hasItem((int) approved)))
                .andExpect(jsonPath("$.items[*].id").value(hasItem((int) declined)));
        api.mvc().perform(as(ngo, get("/api/v1/bookings/inbox"))).andExpect(status().isForbidden());
        api.mvc().perform(as(ngo, post("/api/v1/bookings/" + approved + "/approve"))).andExpect(status().isForbidden());

        api.mvc().perform(as(manager, post("/api/v1/bookings/" + approved + "/approve"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"note\": \"请提前十分钟到前台\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CONFIRMED"))
                .andExpect(jsonPath("$.decisionNote").value("请提前十分钟到前台"));
        api.mvc().perform(as(manager, post("/api/v1/bookings/" + declined + "/decline"))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("BOOKING_DECLINE_REASON_REQUIRED"));
        api.mvc().perform(as(manager, post("/api/v1/bookings/" + declined + "/decline"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"当天有全区会议\"}"))
                .andExpect(jsonPath("$.status").value("DECLINED"));
        api.mvc().perform(as(manager, post("/api/v1/bookings/" + declined + "/approve")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("BOOKING_NOT_REQUESTED"));
        api.mvc().perform(as(ngo, get("/api/v1/bookings").param("roomId", String.valueOf(room.id()))
                        .param("status", "DECLINED").param("status", "CONFIRMED")))
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items[1].decisionNote").value("当天有全区会议"));
    }

    @Test
    void changesAndCancelsABooking() throws Exception {
        var room = fixtures.room(20, 0, false);
        var day = fixtures.openWeekday(room, 19);
        long id = id(book(ngo, booking(room, day + "T10:00:00+08:00", day + "T11:00:00+08:00", "小组会议", 8)));

        api.mvc().perform(as(ngo, put("/api/v1/bookings/" + id)).contentType(MediaType.APPLICATION_JSON)
                        .content(booking(room, day + "T15:00:00+08:00", day + "T16:30:00+08:00", "小组会议（改期）", 9)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.start").value(day + "T15:00:00+08:00"))
                .andExpect(jsonPath("$.purpose").value("小组会议（改期）"));
        api.mvc().perform(as(ngo, post("/api/v1/bookings/" + id + "/cancel")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\": \"活动取消\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CANCELLED"));
        api.mvc().perform(as(ngo, post("/api/v1/bookings/" + id + "/cancel")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("BOOKING_NOT_ACTIVE"));
    }

    @Test
    void findsFreeRoomsSmallestFirstWithoutTheTakenOne() throws Exception {
        var small = fixtures.room(12, 0, false);
        var large = fixtures.room(25, 0, false);
        var taken = fixtures.room(15, 0, false);
        var day = fixtures.openWeekday(small, 20);
        book(ngo, booking(taken, day + "T16:00:00+08:00", day + "T17:00:00+08:00", "占用", 5))
                .andExpect(status().isCreated());

        var found = api.mvc().perform(as(ngo, get("/api/v1/free-rooms")
                        .param("start", day + "T16:30:00+08:00").param("end", day + "T18:00:00+08:00")
                        .param("minCapacity", "10").param("centreId", String.valueOf(small.centreId()))))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        List<Integer> ids = JsonPath.read(found, "$[*].id");
        List<Integer> capacities = JsonPath.read(found, "$[*].capacity");
        assertThat(capacities).isSorted();
        assertThat(ids).contains((int) small.id(), (int) large.id()).doesNotContain((int) taken.id());
        assertThat(ids.indexOf((int) small.id())).isLessThan(ids.indexOf((int) large.id()));

        // several slots (the occurrences of a pattern): the taken room is free at 19:00 but not at 16:30
        api.mvc().perform(as(ngo, post("/api/v1/free-rooms/search")).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"slots": [{"start": "%sT19:00:00+08:00", "end": "%sT20:00:00+08:00"},
                                           {"start": "%sT16:30:00+08:00", "end": "%sT18:00:00+08:00"}],
                                 "minCapacity": 14, "centreId": %d}
                                """.formatted(day, day, day, day, small.centreId())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id").value(hasItem((int) large.id())))
                .andExpect(jsonPath("$[*].id").value(not(hasItem((int) taken.id()))))
                .andExpect(jsonPath("$[*].id").value(not(hasItem((int) small.id()))));
        api.mvc().perform(as(ngo, post("/api/v1/free-rooms/search")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"slots\": []}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("slots")));
    }

    @Test
    void letsManagersSetBookingRulesAndRefusesNgoStaff() throws Exception {
        long centre = fixtures.room(5, 0, false).centreId();
        try {
            api.mvc().perform(as(manager, put("/api/v1/centres/" + centre + "/booking-rules"))
                            .contentType(MediaType.APPLICATION_JSON).content(rules(120)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.horizonDays").value(120));
            api.mvc().perform(as(ngo, get("/api/v1/centres/" + centre + "/booking-rules")))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.horizonDays").value(120))
                    .andExpect(jsonPath("$.weeklyQuotaMinutes").value(nullValue()));
            api.mvc().perform(as(ngo, put("/api/v1/centres/" + centre + "/booking-rules"))
                            .contentType(MediaType.APPLICATION_JSON).content(rules(120)))
                    .andExpect(status().isForbidden());
            api.mvc().perform(as(manager, put("/api/v1/centres/" + centre + "/booking-rules"))
                            .contentType(MediaType.APPLICATION_JSON).content(rules(0)))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.errors[*].field").value(hasItem("horizonDays")));
        } finally {
            api.mvc().perform(as(manager, put("/api/v1/centres/" + centre + "/booking-rules"))
                    .contentType(MediaType.APPLICATION_JSON).content(rules(BookingRules.DEFAULTS.horizonDays())))
                    .andExpect(status().isOk());
        }
    }

    /** The default rules with another horizon. */
    private static String rules(int horizonDays) {
        var defaults = BookingRules.DEFAULTS;
        return """
                {"horizonDays": %d, "minNoticeMinutes": %d, "maxLengthMinutes": %d, "weeklyQuotaMinutes": null,
                 "cancelCutoffMinutes": %d}""".formatted(horizonDays, defaults.minNoticeMinutes(),
                defaults.maxLengthMinutes(), defaults.cancelCutoffMinutes());
    }

    private ResultActions book(String token, String json) throws Exception {
        return api.mvc().perform(as(token, post("/api/v1/bookings")).contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    private static String booking(RoomSummary room, String start, String end, String purpose, int attendance) {
        return """
                {"roomId": %d, "start": "%s", "end": "%s", "purpose": "%s", "expectedAttendance": %d}
                """.formatted(room.id(), start, end, purpose, attendance);
    }

    private static long id(ResultActions created) throws Exception {
        Number id = JsonPath.read(created.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8), "$.id");
        return id.longValue();
    }
}
