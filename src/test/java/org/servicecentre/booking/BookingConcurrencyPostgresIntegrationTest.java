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

    /**
     * Two writers of overlapping bookings can deadlock inside the exclusion check: here a plain transaction holds an
     * uncommitted booking the app's insert must wait for, then inserts a second one that overlaps the app's. One of
     * the two is aborted (40P01). When it is the app, it tries again, meets the committed rows and reads "just
     * taken"; when it is the plain transaction, the app books. Never a database error.
     */
    @Test
    void aWriterAbortedByADeadlockInTheExclusionCheckReadsSlotJustTaken() throws Exception {
        var room = fixtures.room(30, 10, false);
        var day = fixtures.openWeekday(room, 24);
        var first = fixtures.as("ngo", () -> bookings.create(
                BookingFixtures.draft(room, at(day, "10:00"), at(day, "11:00"), 5)));
        var plain = dataSource.getConnection();
        try (plain; var insert = plain.prepareStatement(INSERT)) {
            plain.setAutoCommit(false);
            insertHolding(insert, first.id(), "14:00", "16:00", day);
            var app = java.util.concurrent.CompletableFuture.supplyAsync(() -> fixtures.as("ngo",
                    () -> bookings.create(BookingFixtures.draft(room, at(day, "15:00"), at(day, "17:00"), 5))));
            awaitAnInsertWaitingForALock();
            boolean plainAborted = false;
            try {
                // 16:30 keeps clear of the plain 14:00-16:00 (buffers included) but overlaps the app's 15:00-17:00
                insertHolding(insert, first.id(), "16:30", "17:30", day);
                plain.commit();
            } catch (SQLException deadlock) {
                assertThat(deadlock.getSQLState()).isEqualTo("40P01");
                plainAborted = true;
                plain.rollback();
            }
            if (plainAborted) {
                assertThat(app.get(30, java.util.concurrent.TimeUnit.SECONDS).status()).isEqualTo(BookingStatus.CONFIRMED);
            } else {
                assertThatThrownBy(() -> app.get(30, java.util.concurrent.TimeUnit.SECONDS))
                        .cause().isInstanceOfSatisfying(org.servicecentre.shared.DomainException.class, e -> {
                            assertThat(e.code()).isEqualTo("BOOKING_SLOT_JUST_TAKEN");
                            assertThat(e.arguments()).containsExactly(day + " 14:00–16:00");
                        });
            }
        }
        assertThat(jdbc.queryForObject(OVERLAPPING_PAIRS, Long.class)).isZero();
    }

    private static void insertHolding(java.sql.PreparedStatement insert, long like, String start, String end,
                                      java.time.LocalDate day) throws SQLException {
        insert.setTimestamp(1, Timestamp.from(at(day, start)));
        insert.setTimestamp(2, Timestamp.from(at(day, end)));
        insert.setTimestamp(3, Timestamp.from(at(day, start).minusSeconds(600)));
        insert.setTimestamp(4, Timestamp.from(at(day, end).plusSeconds(600)));
        insert.setString(5, "CONFIRMED");
        insert.setLong(6, like);
        insert.executeUpdate();
    }

    /** Until the app's insert waits on the plain transaction's row (well within the 1 s deadlock timeout). */
    private void awaitAnInsertWaitingForALock() throws InterruptedException {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
        while (jdbc.queryForObject("""
                select count(*) from pg_stat_activity where wait_event_type = 'Lock' and query like 'insert into booking%'
                """, Long.class) == 0) {
            assertThat(System.nanoTime()).as("the app's insert waits for the plain one").isLessThan(deadline);
            Thread.sleep(5);
        }
    }
}
