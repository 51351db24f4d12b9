package org.servicecentre.occupancy;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.servicecentre.centre.CentreDraft;
import org.servicecentre.centre.CentreService;
import org.servicecentre.centre.ClosureDraft;
import org.servicecentre.centre.OpeningHoursService;
import org.servicecentre.centre.RoomDraft;
import org.servicecentre.centre.RoomService;
import org.servicecentre.centre.TimeRange;
import org.servicecentre.centre.WeeklyHours;
import org.servicecentre.organisation.OrganisationDraft;
import org.servicecentre.organisation.OrganisationService;
import org.servicecentre.programme.OutsideSessionDraft;
import org.servicecentre.programme.ProgrammeFixtures;
import org.servicecentre.programme.ProgrammeService;
import org.servicecentre.programme.RegistrationDraft;
import org.servicecentre.programme.RegistrationMode;
import org.servicecentre.programme.ResidentDraft;
import org.servicecentre.programme.SessionService;
import org.servicecentre.programme.SessionSummary;
import org.servicecentre.security.AccountDraft;
import org.servicecentre.security.AccountService;
import org.servicecentre.security.Role;
import org.servicecentre.security.SystemAuthentication;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A hand-computed past week for digest tests, in a fresh centre with a fresh organisation, manager and staff member:
 * the week of Monday 9 November 2026 in Asia/Shanghai. Room A is open 09:00–18:00 Monday to Friday, Wednesday is a
 * closure day, so it is open 4 × 9 h = 36 h; its confirmed and completed bookings inside open time make 3 + 2.5 +
 * 1.5 + 1 + 1 (the hour of 17:00–19:00 before closing) = 9 h = 25 % (a booking on the closure day and a cancelled one
 * do not count). Room B has no booking (0 %). Programme "编织" has
 * three sessions: Tuesday 4 registered, nobody came (empty); Thursday 5 registered, 2 came (under half); Friday 2
 * registered, 1 came (exactly half: not listed). Programme "书法" (2 places) has a session the next week with 2
 * registered and 1 waitlisted (oversubscribed, and next week's one session).
 */
@Component
class DigestScenario {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final LocalDate MONDAY = LocalDate.of(2026, 11, 9);
    /** Monday 16 November 07:00 in Shanghai: the job's run for the week of 9 November. */
    static final Instant RUN = ZonedDateTime.of(MONDAY.plusWeeks(1), LocalTime.of(7, 0), ZONE).toInstant();
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    record Built(long centreId, long roomA, long roomB, long organisationId, long managerId, String managerName,
                 long staffId, long knitting, long calligraphy, long emptySession, long underSession,
                 long halfSession, long nextWeekSession) {
    }

    private final CentreService centres;
    private final RoomService rooms;
    private final OpeningHoursService hours;
    private final OrganisationService organisations;
    private final AccountService accounts;
    private final ProgrammeService programmes;
    private final SessionService sessions;
    private final ProgrammeFixtures fixtures;
    private final JdbcTemplate jdbc;

    DigestScenario(CentreService centres, RoomService rooms, OpeningHoursService hours,
                   OrganisationService organisations, AccountService accounts, ProgrammeService programmes,
                   SessionService sessions, ProgrammeFixtures fixtures, JdbcTemplate jdbc) {
        this.centres = centres;
        this.rooms = rooms;
        this.hours = hours;
        this.organisations = organisations;
        this.accounts = accounts;
        this.programmes = programmes;
        this.sessions = sessions;
        this.fixtures = fixtures;
        this.jdbc = jdbc;
    }

    /** The whole week, built afresh (its own centre, organisation and accounts); the manager reads {@code language}. */
    Built build(Locale language) {
        String tag = "DG" + SEQUENCE.incrementAndGet() + Long.toString(System.nanoTime() % 1_000_000, 36).toUpperCase();
        return SystemAuthentication.asSystem(() -> {
            var gxq = centres.getByCode("GXQ");
            var centreDraft = new CentreDraft();
            centreDraft.setCode(tag);
            centreDraft.setName("周报测试中心 " + tag);
            centreDraft.setRegionId(gxq.regionId());
            long centreId = centres.create(centreDraft).id();
            Map<DayOfWeek, List<TimeRange>> week = new EnumMap<>(DayOfWeek.class);
            for (var day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                    DayOfWeek.FRIDAY)) {
                week.put(day, List.of(TimeRange.parse("09:00", "18:00")));
            }
            hours.replaceWeeklyHours(centreId, new WeeklyHours(week));
            hours.addClosure(centreId, ClosureDraft.of(null, MONDAY.plusDays(2), MONDAY.plusDays(2), "设备检修"));
            long roomA = room(centreId, tag + "A", "多功能厅", 30);
            long roomB = room(centreId, tag + "B", "阅览室", 12);

            var orgDraft = new OrganisationDraft();
            orgDraft.setCode(tag);
            orgDraft.setName("周报测试社工站 " + tag);
            orgDraft.setRegionId(gxq.regionId());
            long organisationId = organisations.create(orgDraft).id();

            String managerName = "周报测试管理员 " + tag;
            long managerId = account(tag.toLowerCase() + "-m", managerName, Role.CENTRE_MANAGER, null,
                    Set.of(centreId), language);
            long staffId = account(tag.toLowerCase() + "-s", "周报测试社工 " + tag, Role.NGO_STAFF, organisationId,
                    Set.of(), Locale.SIMPLIFIED_CHINESE);
            jdbc.update("update user_account set email = ? where id in (?, ?)", tag.toLowerCase() + "@example.org",
                    managerId, staffId);

            booking(roomA, centreId, organisationId, MONDAY, "09:00", "12:00", "CONFIRMED");   // 3 h
            booking(roomA, centreId, organisationId, MONDAY.plusDays(1), "14:00", "16:30", "CONFIRMED"); // 2.5 h
            booking(roomA, centreId, organisationId, MONDAY.plusDays(2), "10:00", "12:00", "CONFIRMED"); // closed
            booking(roomA, centreId, organisationId, MONDAY.plusDays(3), "10:00", "11:30", "COMPLETED"); // 1.5 h
            booking(roomA, centreId, organisationId, MONDAY.plusDays(4), "09:00", "10:00", "CONFIRMED"); // 1 h
            booking(roomA, centreId, organisationId, MONDAY.plusDays(4), "12:00", "16:00", "CANCELLED"); // no
            booking(roomA, centreId, organisationId, MONDAY.plusDays(4), "17:00", "19:00", "CONFIRMED"); // 1 h open

            String staff = tag.toLowerCase() + "-s";
            long knitting = fixtures.as(staff, () -> programmes.create(
                    ProgrammeFixtures.draft("编织 " + tag, 10, RegistrationMode.PER_SESSION))).id();
            long calligraphy = fixtures.as(staff, () -> programmes.create(
                    ProgrammeFixtures.draft("书法 " + tag, 2, RegistrationMode.PER_SESSION))).id();
            long empty = session(staff, knitting, centreId, roomA, MONDAY.plusDays(1), "14:00", 4, 0);
            long under = session(staff, knitting, centreId, roomA, MONDAY.plusDays(3), "10:00", 5, 2);
            long half = session(staff, knitting, centreId, roomB, MONDAY.plusDays(4), "10:00", 2, 1);
            long next = session(staff, calligraphy, centreId, roomB, MONDAY.plusDays(8), "10:00", 3, 0);
            return new Built(centreId, roomA, roomB, organisationId, managerId, managerName, staffId, knitting,
                    calligraphy, empty, under, half, next);
        });
    }

    private long room(long centreId, String code, String name, int capacity) {
        var draft = new RoomDraft();
        draft.setCode(code);
        draft.setName(name);
        draft.setCapacity(capacity);
        draft.setAreaSquareMetres(BigDecimal.valueOf(40));
        draft.setBookable(true);
        draft.setAmenityIds(Set.of());
        return rooms.create(centreId, draft).id();
    }

    private long account(String username, String name, Role role, Long organisationId, Set<Long> centreIds,
                         Locale language) {
        var draft = new AccountDraft();
        draft.setUsername(username);
        draft.setDisplayName(name);
        draft.setRole(role);
        draft.setOrganisationId(organisationId);
        draft.setCentreIds(centreIds);
        draft.setLanguage(language);
        return accounts.create(draft, "demo12345").id();
    }

    /** A booking in the past, written directly (the booking service only books ahead). */
    private void booking(long roomId, long centreId, long organisationId, LocalDate day, String from, String to,
                         String status) {
        var start = Timestamp.from(at(day, from));
        var end = Timestamp.from(at(day, to));
        jdbc.update("insert into booking (room_id, centre_id, organisation_id, starts_at, ends_at, blocked_from, "
                + "blocked_until, purpose, expected_attendance, status, requested_by, requested_by_id, created_at) "
                + "values (?, ?, ?, ?, ?, ?, ?, '周报测试', 10, ?, 'test', 0, ?)", roomId, centreId, organisationId,
                start, end, start, end, status, start);
    }

    /**
     * A 90-minute session: made ahead outside with {@code registrations} residents registered, then moved (in the
     * database) into the room at the past time, with {@code attended} of them marked present.
     */
    private long session(String staff, long programmeId, long centreId, long roomId, LocalDate day, String time,
                         int registrations, int attended) {
        var start = Instant.now().plus(Duration.ofDays(2)).truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
        SessionSummary session = fixtures.as(staff, () -> sessions.addOutside(programmeId,
                new OutsideSessionDraft("社区广场", start, start.plus(Duration.ofMinutes(90)))));
        for (int i = 0; i < registrations; i++) {
            var registration = fixtures.as(staff, () -> fixtures.registrations().register(
                    new RegistrationDraft(programmeId, session.id(), null, ResidentDraft.anonymous())));
            if (i < attended) {
                jdbc.update("insert into session_attendance (session_id, resident_id, registration_id, attended_at, "
                        + "method, recorded_by) values (?, ?, ?, ?, 'STAFF', 'test')", session.id(),
                        registration.residentId(), registration.id(), Timestamp.from(at(day, time)));
            }
        }
        fixtures.moveTo(session, centreId, at(day, time), Duration.ofMinutes(90));
        jdbc.update("update programme_session set room_id = ? where id = ?", roomId, session.id());
        return session.id();
    }

    static Instant at(LocalDate day, String time) {
        return ZonedDateTime.of(day, LocalTime.parse(time), ZONE).toInstant();
    }
}
