package org.servicecentre.programme;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Programmes and sessions for attendance tests, made by the signed-in NGO staff member: a per-session programme with
 * few places and an outside session going on now (so residents can still register and attendance can be ticked).
 */
public final class AttendanceFixtures {

    private static final AtomicInteger PHONES = new AtomicInteger();

    private AttendanceFixtures() {
    }

    /** A session of a new programme with {@code capacity} places per session, started half an hour ago. */
    public static SessionSummary sessionNow(ProgrammeService programmes, SessionService sessions, String title,
                                            int capacity) {
        var programme = programmes.create(new ProgrammeDraft(null, title, null, Set.of(TargetGroup.ELDERLY), null,
                null, capacity, RegistrationMode.PER_SESSION, ProgrammeVisibility.PUBLIC, null, null));
        var now = Instant.now();
        return sessions.addOutside(programme.id(), new OutsideSessionDraft("桃源公园东门",
                now.minus(Duration.ofMinutes(30)), now.plus(Duration.ofHours(2))));
    }

    /** A mobile number no other test uses. */
    public static String uniquePhone() {
        return "139" + String.format("%08d", (System.nanoTime() / 1000 + PHONES.incrementAndGet()) % 100_000_000);
    }

    /** Registers a new resident with a name and phone, with their consent. */
    public static RegistrationSummary register(RegistrationService registrations, SessionSummary session,
                                               String name) {
        return registrations.register(new RegistrationDraft(session.programmeId(), session.id(), null,
                new ResidentDraft(name, uniquePhone(), Set.of(), true)));
    }
}
