package org.servicecentre.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.servicecentre.booking.BookingRace;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Places and the waitlist under concurrency, run against each database by a subclass: forty residents signing up
 * at once for the last ten places, then staff cancelling several registrations at once.
 */
abstract class RegistrationRaceScenarios {

    @Autowired
    ProgrammeFixtures fixtures;

    @Autowired
    RegistrationService registrations;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void fortyResidentsRacingForTheLastTenPlacesFillExactlyTenAndWaitInOrder() throws Exception {
        var programme = fixtures.programme(30, RegistrationMode.PER_SESSION);
        var session = fixtures.outsideSession(programme.id(), 48);
        for (int i = 0; i < 20; i++) {
            fixtures.register(programme.id(), session.id(), null, null);
        }

        var outcomes = BookingRace.run(40, racer -> fixtures.register(programme.id(), session.id(), null, null));

        assertThat(outcomes).allMatch(BookingRace.Outcome::won);
        var raced = outcomes.stream().map(BookingRace.Outcome::value).toList();
        var placed = raced.stream().filter(r -> r.status() == RegistrationStatus.REGISTERED).toList();
        var waiting = raced.stream().filter(r -> r.status() == RegistrationStatus.WAITLISTED).toList();
        assertThat(placed).hasSize(10);
        assertThat(waiting).hasSize(30);
        assertThat(count(session.id(), "REGISTERED")).isEqualTo(30);
        // in order: whoever got through the lock later waits behind whoever got through earlier
        long lastPlaced = placed.stream().mapToLong(RegistrationSummary::id).max().orElseThrow();
        long firstWaiting = waiting.stream().mapToLong(RegistrationSummary::id).min().orElseThrow();
        assertThat(lastPlaced).isLessThan(firstWaiting);
        assertThat(waiting.stream().map(RegistrationSummary::waitlistPosition).sorted().toList())
                .isEqualTo(java.util.stream.IntStream.rangeClosed(1, 30).boxed().toList());
    }

    @Test
    void concurrentCancellationsMoveExactlyAsManyUpFromTheWaitlistInOrder() throws Exception {
        var programme = fixtures.programme(10, RegistrationMode.PER_SESSION);
        var session = fixtures.outsideSession(programme.id(), 50);
        var placed = new java.util.ArrayList<RegistrationSummary>();
        for (int i = 0; i < 10; i++) {
            placed.add(fixtures.register(programme.id(), session.id(), null, null));
        }
        var waiting = new java.util.ArrayList<RegistrationSummary>();
        for (int i = 0; i < 12; i++) {
            waiting.add(fixtures.register(programme.id(), session.id(), null, null));
        }
        assertThat(waiting).allMatch(r -> r.status() == RegistrationStatus.WAITLISTED);

        var outcomes = BookingRace.run(8, racer -> fixtures.as("ngo",
                () -> registrations.cancel(placed.get(racer).id(), "并发取消")));

        assertThat(outcomes).allMatch(BookingRace.Outcome::won);
        assertThat(count(session.id(), "REGISTERED")).isEqualTo(10);
        assertThat(count(session.id(), "WAITLISTED")).isEqualTo(4);
        List<Long> promoted = jdbc.queryForList(
                "select id from registration where session_id = ? and promoted_at is not null order by id", Long.class,
                session.id());
        assertThat(promoted).isEqualTo(waiting.subList(0, 8).stream().map(RegistrationSummary::id).toList());
    }

    private long count(long sessionId, String status) {
        return jdbc.queryForObject("select count(*) from registration where session_id = ? and status = ?",
                Long.class, sessionId, status);
    }
}
