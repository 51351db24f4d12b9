package org.servicecentre.demo;

import static org.servicecentre.demo.DemoHistoryRows.ts;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.servicecentre.demo.DemoHistoryPlan.Planned;

/**
 * Turns the planned bookings into rows: their outcome (completed, released, cancelled; today's running session
 * confirmed and started), the sessions held in them, registrations from each programme's regulars, attendance with its
 * kiosk check-in, scores, and walk-ins who came without a session.
 */
final class DemoHistoryVisits {

    private static final String[] WALK_IN_GROUPS = {"ELDERLY", "ELDERLY", "ELDERLY", "ALL_RESIDENTS", "ALL_RESIDENTS",
        "CHILDREN", "MIGRANT_WORKERS", "MIGRANT_WORKERS", "WOMEN", "PARTY_MEMBERS", "DISABLED"};

    /** A booking as written: with its session's programme (or null) and whether people came. */
    private record Booked(Planned planned, String status, Long programme, boolean live) {
    }

    private record Held(Booked booking, long sessionId, int capacity) {
    }

    private record Registered(Held session, long residentId, boolean cancelled) {
    }

    private final DemoHistoryRows rows;
    private final DemoHistoryPeople people;
    private final Map<String, Long> programmes;
    private final Random random;
    private final Instant now;
    private final List<Booked> booked = new ArrayList<>();
    private final List<Held> held = new ArrayList<>();
    private final List<Registered> registered = new ArrayList<>();

    DemoHistoryVisits(DemoHistoryRows rows, DemoHistoryPeople people, Map<String, Long> programmes, Random random,
                      Instant now) {
        this.rows = rows;
        this.people = people;
        this.programmes = programmes;
        this.random = random;
        this.now = now;
    }

    void book(List<Planned> planned, List<Planned> live, Map<String, Object[]> accounts,
              Map<String, Long> organisations) {
        for (var plan : planned) {
            double r = random.nextDouble();
            boolean session = plan.activity().programme() != null;
            String status = r < 0.06 ? "CANCELLED" : r < (session ? 0.10 : 0.17) ? "RELEASED" : "COMPLETED";
            boolean started = "COMPLETED".equals(status) && !session && random.nextDouble() < 0.85;
            add(new Booked(plan, status, "COMPLETED".equals(status) && session
                    ? programmes.get(plan.activity().programme()) : null, false), started, accounts, organisations);
        }
        for (var plan : live) {
            add(new Booked(plan, "CONFIRMED", programmes.get(plan.activity().programme()), true), true, accounts,
                    organisations);
        }
    }

    private void add(Booked booking, boolean started, Map<String, Object[]> accounts, Map<String, Long> organisations) {
        var plan = booking.planned();
        var room = plan.room();
        String keeper = Set.of("KJY", "GXQ").contains(room.centreCode()) ? "manager" : "admin";
        var requester = accounts.get("QIHANG".equals(plan.activity().organisation()) ? "ngo" : keeper);
        var staff = accounts.get(keeper);
        var created = plan.start().minus(Duration.ofHours(24L * (2 + random.nextInt(20)) + random.nextInt(9)));
        boolean cancelled = "CANCELLED".equals(booking.status());
        var startedAt = plan.start().plus(Duration.ofMinutes(2 + random.nextInt(8)));
        int expected = Math.max(1, Math.min(room.capacity(), 6 + random.nextInt(Math.max(1, room.capacity() - 5))));
        rows.bookings.add(new Object[] {room.id(), room.centreId(), organisations.get(plan.activity().organisation()),
            ts(plan.start()), ts(plan.end()), ts(plan.start().minus(Duration.ofMinutes(room.setup()))),
            ts(plan.end().plus(Duration.ofMinutes(room.cleanup()))), plan.activity().purpose(), expected,
            booking.programme(), booking.status(), requester[1], requester[0],
            cancelled ? requester[1] : null, cancelled ? ts(plan.start().minus(Duration.ofHours(20))) : null,
            cancelled ? "活动临时取消，场地释放给其他组织。" : null, ts(created), started ? ts(startedAt) : null,
            started ? staff[1] : null, started ? staff[0] : null, started ? "STAFF" : null});
        booked.add(booking);
    }

    void sessions(Map<String, Long> bookingIds) {
        for (var booking : booked) {
            if (booking.programme() == null) {
                continue;
            }
            var plan = booking.planned();
            long id = bookingIds.get(plan.room().id() + "@" + plan.start().getEpochSecond());
            rows.sessions.add(new Object[] {booking.programme(), id, plan.room().centreId(), plan.room().id(),
                ts(plan.start()), ts(plan.end())});
            held.add(new Held(booking, id, 0));
        }
    }

    void registrations(Map<Long, Long> sessionIds) {
        for (int i = 0; i < held.size(); i++) {
            var booking = held.get(i).booking();
            long sessionId = sessionIds.get(held.get(i).sessionId());
            var key = booking.planned().activity().programme();
            var spec = DemoHistory.PROGRAMMES.get(key);
            int capacity = Math.min(spec.capacity(), booking.planned().room().capacity());
            var session = new Held(booking, sessionId, capacity);
            held.set(i, session);
            var circle = new ArrayList<>(people.circle(key, spec.groups().stream().map(Enum::name).toList(),
                    Math.max(capacity * 2, capacity + 6)));
            Collections.shuffle(circle, random);
            int count = Math.min(circle.size(), (int) Math.round(capacity * (0.45 + 0.45 * random.nextDouble())));
            for (long resident : circle.subList(0, count)) {
                boolean cancelled = random.nextDouble() < 0.05;
                var at = booking.planned().start().minus(Duration.ofHours(6 + random.nextInt(24 * 9)));
                people.seen(resident, at);
                rows.registrations.add(new Object[] {booking.programme(), sessionId, resident,
                    cancelled ? "CANCELLED" : "REGISTERED", random.nextBoolean() ? "SELF" : "STAFF", "demo", ts(at),
                    cancelled ? ts(at.plus(Duration.ofHours(3))) : null, cancelled ? "demo" : null});
                registered.add(new Registered(session, resident, cancelled));
            }
        }
    }

    /** Who came: most registrants (everyone checks in at the kiosk), a score now and then, today's still inside. */
    void attendance(Map<String, Long> registrationIds) {
        for (var registration : registered) {
            var session = registration.session();
            var plan = session.booking().planned();
            double comes = "LEGAL".equals(plan.activity().programme()) ? 0.7 : 0.82;
            if (registration.cancelled() || random.nextDouble() >= comes) {
                continue;
            }
            var at = plan.start().minus(Duration.ofMinutes(15)).plusSeconds(random.nextInt(25 * 60));
            if (session.booking().live() && at.isAfter(now)) {
                continue;
            }
            long id = registrationIds.get(session.sessionId() + "/" + registration.residentId());
            var room = plan.room();
            var out = session.booking().live() ? null : plan.end().plusSeconds(random.nextInt(15 * 60));
            rows.attendances.add(new Object[] {session.sessionId(), registration.residentId(), id, ts(at), "SCANNER",
                room.centreCode() + "-ENTRANCE"});
            rows.checkIns.add(new Object[] {room.centreId(), room.kioskId(), "REGISTRATION", session.sessionId(), id,
                registration.residentId(), people.groupOf(registration.residentId()), "SCANNER", ts(at), ts(at),
                ts(out), false});
            if (!session.booking().live() && random.nextDouble() < 0.3) {
                rows.feedback.add(new Object[] {room.centreId(), room.kioskId(), session.sessionId(), score(),
                    ts(plan.end().truncatedTo(java.time.temporal.ChronoUnit.HOURS))});
            }
        }
    }

    /** Mostly 4 and 5, some 3, rarely lower. */
    private int score() {
        double r = random.nextDouble();
        return r < 0.52 ? 5 : r < 0.86 ? 4 : r < 0.97 ? 3 : 2;
    }

    /** People who came in without a session (reading, asking, resting): a few a day, some still inside today. */
    void walkIns(long centreId, Long kioskId, ZoneId zone, LocalDate first, Map<DayOfWeek, List<int[]>> hours,
                 Set<LocalDate> closed) {
        var today = LocalDate.ofInstant(now, zone);
        for (var day = first; !day.isAfter(today); day = day.plusDays(1)) {
            var ranges = hours.getOrDefault(day.getDayOfWeek(), List.of());
            if (closed.contains(day) || ranges.isEmpty()) {
                continue;
            }
            int count = (day.getDayOfWeek().getValue() >= 6 ? 2 : 3) + random.nextInt(5);
            for (int i = 0; i < count; i++) {
                var range = ranges.get(random.nextInt(ranges.size()));
                int minute = range[0] + random.nextInt(Math.max(1, range[1] - range[0] - 20));
                var at = day.atStartOfDay(zone).toInstant().plusSeconds(minute * 60L + random.nextInt(60));
                if (at.isAfter(now)) {
                    continue;
                }
                var out = at.plus(Duration.ofMinutes(20 + random.nextInt(100)));
                var closes = day.atStartOfDay(zone).toInstant().plusSeconds(range[1] * 60L);
                // still inside only while the centre is open; past closing time the visit was closed for them
                boolean stillIn = out.isAfter(now) && closes.isAfter(now);
                rows.checkIns.add(new Object[] {centreId, kioskId, "WALK_IN", null, null, null,
                    WALK_IN_GROUPS[random.nextInt(WALK_IN_GROUPS.length)], "SCANNER", ts(at), ts(at),
                    stillIn ? null : ts(out.isAfter(closes) ? closes : out.isAfter(now) ? now : out),
                    !stillIn && out.isAfter(closes)});
            }
        }
    }
}
