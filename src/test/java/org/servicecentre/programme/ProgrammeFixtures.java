package org.servicecentre.programme;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.servicecentre.booking.BookingFixtures;
import org.springframework.stereotype.Component;

/** Programmes, sessions and registrations for tests, made as the demo NGO user (启航社工) unless said otherwise. */
@Component
public class ProgrammeFixtures {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    private final ProgrammeService programmes;
    private final SessionService sessions;
    private final RegistrationService registrations;
    private final BookingFixtures bookingFixtures;
    private final org.springframework.jdbc.core.JdbcTemplate jdbc;

    ProgrammeFixtures(ProgrammeService programmes, SessionService sessions, RegistrationService registrations,
                      BookingFixtures bookingFixtures, org.springframework.jdbc.core.JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.programmes = programmes;
        this.sessions = sessions;
        this.registrations = registrations;
        this.bookingFixtures = bookingFixtures;
    }

    public static ProgrammeDraft draft(String title, int capacity, RegistrationMode mode) {
        return new ProgrammeDraft(null, title, "测试项目", Set.of(TargetGroup.ELDERLY), null, null, capacity, mode,
                ProgrammeVisibility.PUBLIC, null, null);
    }

    public ProgrammeSummary programme(int capacity, RegistrationMode mode) {
        var title = "测试项目 " + COUNTER.incrementAndGet() + "-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        return as("ngo", () -> programmes.create(draft(title, capacity, mode)));
    }

    /** An outside session starting {@code hoursAhead} from now, lasting 90 minutes. */
    public SessionSummary outsideSession(long programmeId, int hoursAhead) {
        var start = Instant.now().truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofHours(hoursAhead));
        return as("ngo", () -> sessions.addOutside(programmeId,
                new OutsideSessionDraft("社区广场", start, start.plus(Duration.ofMinutes(90)))));
    }

    /**
     * A session of a fresh programme at the centre, begun {@code begunAgo} ago and lasting 90 minutes: made by moving
     * an outside session there in the database, since rooms can only be booked ahead and within opening hours, so
     * that check-in tests run at any hour.
     */
    public SessionSummary sessionNow(long centreId, Duration begunAgo) {
        var programme = programme(30, RegistrationMode.PER_SESSION);
        var session = outsideSession(programme.id(), 2);
        return moveTo(session, centreId, Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(begunAgo),
                Duration.ofMinutes(90));
    }

    /** Moves the session (in the database) into the centre, from {@code start} for {@code length}. */
    public SessionSummary moveTo(SessionSummary session, long centreId, Instant start, Duration length) {
        jdbc.update("update programme_session set centre_id = ?, starts_at = ?, ends_at = ? where id = ?", centreId,
                java.sql.Timestamp.from(start), java.sql.Timestamp.from(start.plus(length)), session.id());
        return session;
    }

    /** Registers a new anonymous resident (or one with a name and phone, with consent) as the NGO user. */
    public RegistrationSummary register(long programmeId, Long sessionId, String name, String phone) {
        var resident = name == null && phone == null ? ResidentDraft.anonymous()
                : new ResidentDraft(name, phone, Set.of(), true);
        return as("ngo", () -> registrations.register(new RegistrationDraft(programmeId, sessionId, null, resident)));
    }

    public RegistrationService registrations() {
        return registrations;
    }

    public <T> T as(String username, Supplier<T> action) {
        return bookingFixtures.as(username, action);
    }
}
