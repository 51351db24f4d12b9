package org.servicecentre.occupancy;

import org.springframework.jdbc.core.JdbcTemplate;

/** Opens the hand-computed attendance month to tests outside the package (the API tests). */
public final class OccupancyApiFixture {

    private OccupancyApiFixture() {
    }

    /** Writes the month at a fresh centre: its id and the id of its first organisation. */
    public static long[] month(JdbcTemplate jdbc) {
        var fixture = new AttendanceFixture(jdbc).build();
        return new long[] {fixture.centre, fixture.organisation1};
    }
}
