package org.servicecentre.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.servicecentre.booking.BookingFixtures.at;

import java.sql.SQLException;
import java.sql.Timestamp;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.servicecentre.PostgresTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The no-double-booking races on a real PostgreSQL, where nothing is locked and the exclusion constraint
 * {@code booking_no_overlap} has the last word; and that constraint itself, met by plain JDBC.
 */
@PostgresTest
class BookingConcurrencyPostgresIntegrationTest extends BookingRaceScenarios {

    static final String INSERT = """
            insert into booking (room_id, centre_id, organisation_id, starts_at, ends_at, blocked_from, blocked_until,
              purpose, expected_attendance, status, requested_by, requested_by_id, created_at)
            select room_id, centre_id, organisation_id, ?, ?, ?, ?, 'JDBC', 1, ?, 'jdbc', requested_by_id, now()
            from booking where id = ?""";

    @Autowired
    DataSource dataSource;

    @Test
    void theExclusionConstraintRefusesAnOverlappingHoldingRowButNotACancelledOne() throws Exception {
        var room = fixtures.room(30, 10, false);
        var day = fixtures.openWeekday(room, 23);
        var booked = fixtures.as("ngo", () -> bookings.create(
                BookingFixtures.draft(room, at(day, "14:00"), at(day, "16:00"), 20)));
        // 16:05 starts inside the winner's 10 minutes of clean-up
        var start = Timestamp.from(at(day, "16:05"));
        var end = Timestamp.from(at(day, "17:00"));
        var blockedFrom = Timestamp.from(at(day, "15:55"));
        var blockedUntil = Timestamp.from(at(day, "17:10"));

        try (var connection = dataSource.getConnection(); var insert = connection.prepareStatement(INSERT)) {
            connection.setAutoCommit(true);
            for (var status : new String[] {"CONFIRMED", "REQUESTED"}) {
                insert.setTimestamp(1, start);
                insert.setTimestamp(2, end);
                insert.setTimestamp(3, blockedFrom);
                insert.setTimestamp(4, blockedUntil);
                insert.setString(5, status);
                insert.setLong(6, booked.id());
                assertThatThrownBy(insert::executeUpdate).as(status)
                        .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("23P01"));
            }
            insert.setString(5, "CANCELLED");
            assertThat(insert.executeUpdate()).isEqualTo(1);
        }

        assertThat(holding(room)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from booking where room_id = ?", Long.class, room.id()))
                .isEqualTo(2);
        assertThat(jdbc.queryForObject(OVERLAPPING_PAIRS, Long.class)).isZero();
    }
}
