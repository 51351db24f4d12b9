package org.servicecentre.occupancy.web;

import static org.hamcrest.Matchers.hasSize;
import static org.servicecentre.ApiClient.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.servicecentre.ApiClient;
import org.servicecentre.ServiceCentreTest;
import org.servicecentre.occupancy.OccupancyApiFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.context.WebApplicationContext;

/**
 * The occupancy API with real bearer tokens, over the hand-computed October 2025 of a fresh centre (the figures are
 * worked out in {@code occupancy.AttendanceScenarios}).
 */
@ServiceCentreTest
class OccupancyApiIntegrationTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    ApiClient api;
    String admin;
    long centre;
    long organisation1;

    @BeforeEach
    void setUp() throws Exception {
        api = new ApiClient(context);
        admin = api.tokenFor("admin");
        var fixture = OccupancyApiFixture.month(jdbc);
        centre = fixture[0];
        organisation1 = fixture[1];
    }

    @Test
    void answersACentresFiguresForAPeriod() throws Exception {
        api.mvc().perform(as(admin, get("/api/v1/occupancy/centre/" + centre))
                        .param("from", "2025-10-01").param("to", "2025-10-31"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.subject.level").value("centre"))
                .andExpect(jsonPath("$.subject.id").value(centre))
                .andExpect(jsonPath("$.from").value("2025-10-01"))
                .andExpect(jsonPath("$.usage.openMinutes").isNumber())
                .andExpect(jsonPath("$.people.sessions").value(4))
                .andExpect(jsonPath("$.people.registrations").value(5))
                .andExpect(jsonPath("$.people.attendances").value(7))
                .andExpect(jsonPath("$.people.walkIns").value(2))
                .andExpect(jsonPath("$.people.newResidents").value(3))
                .andExpect(jsonPath("$.satisfaction.responses").value(13))
                .andExpect(jsonPath("$.satisfaction.counts", hasSize(5)))
                .andExpect(jsonPath("$.satisfaction.index").value(85));
    }

    @Test
    void answersATrendBreakdownAndHeatmap() throws Exception {
        api.mvc().perform(as(admin, get("/api/v1/occupancy/centre/" + centre + "/trend"))
                        .param("from", "2025-09-01").param("to", "2025-11-30").param("granularity", "month"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.granularity").value("month"))
                .andExpect(jsonPath("$.points", hasSize(3)))
                .andExpect(jsonPath("$.points[1].start").value("2025-10-01"))
                .andExpect(jsonPath("$.points[1].people.attendances").value(7))
                .andExpect(jsonPath("$.points[1].usage.bookedMinutes").isNumber())
                .andExpect(jsonPath("$.points[2].satisfaction.responses").value(1));
        api.mvc().perform(as(admin, get("/api/v1/occupancy/centre/" + centre + "/breakdown"))
                        .param("from", "2025-10-01").param("to", "2025-10-31"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.parts", hasSize(2)))
                .andExpect(jsonPath("$.parts[0].subject.level").value("room"))
                .andExpect(jsonPath("$.organisations[0].key").value(String.valueOf(organisation1)))
                .andExpect(jsonPath("$.organisations[0].attendances").value(5))
                .andExpect(jsonPath("$.categories", hasSize(2)))
                .andExpect(jsonPath("$.targetGroups", hasSize(4)));
        api.mvc().perform(as(admin, get("/api/v1/occupancy/centre/" + centre + "/heatmap"))
                        .param("from", "2025-10-01").param("to", "2025-10-31"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.openMinutes", hasSize(7)))
                .andExpect(jsonPath("$.openMinutes[0]", hasSize(24)))
                .andExpect(jsonPath("$.utilisation", hasSize(7)));
    }

    @Test
    void refusesBadQueriesWithAClearProblem() throws Exception {
        api.mvc().perform(as(admin, get("/api/v1/occupancy/centre/" + centre))
                        .param("from", "2025-10-31").param("to", "2025-10-01"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("USAGE_PERIOD_REVERSED"))
                .andExpect(jsonPath("$.detail").isNotEmpty());
        api.mvc().perform(as(admin, get("/api/v1/occupancy/centre/" + centre + "/trend"))
                        .param("from", "2024-01-01").param("to", "2025-10-31"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("USAGE_PERIOD_TOO_LONG"));
        api.mvc().perform(as(admin, get("/api/v1/occupancy/planet/" + centre))
                        .param("from", "2025-10-01").param("to", "2025-10-31"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("BAD_LEVEL"));
        api.mvc().perform(as(admin, get("/api/v1/occupancy/centre/" + centre + "/trend"))
                        .param("from", "2025-10-01").param("to", "2025-10-31").param("granularity", "year"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("BAD_GRANULARITY"));
        api.mvc().perform(as(admin, get("/api/v1/occupancy/centre/" + centre)).param("from", "2025-10-01"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void refusesAnotherManagersCentreAndCallersWithoutAToken() throws Exception {
        String manager = api.tokenFor("manager");

        api.mvc().perform(as(manager, get("/api/v1/occupancy/centre/" + centre))
                        .param("from", "2025-10-01").param("to", "2025-10-31"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("FORBIDDEN"));
        api.mvc().perform(get("/api/v1/occupancy/centre/" + centre).with(ApiClient.newAddress())
                        .param("from", "2025-10-01").param("to", "2025-10-31"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void saysWhenTheSubjectDoesNotExist() throws Exception {
        api.mvc().perform(as(admin, get("/api/v1/occupancy/room/999999999"))
                        .param("from", "2025-10-01").param("to", "2025-10-31"))
                .andExpect(status().isNotFound());
    }
}
