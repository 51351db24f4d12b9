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
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.servicecentre.centre.AllianceDraft;
import org.servicecentre.centre.AllianceService;
import org.servicecentre.centre.CentreDraft;
import org.servicecentre.centre.CentreService;
import org.servicecentre.centre.ClosureDraft;
import org.servicecentre.centre.HoursExceptionDraft;
import org.servicecentre.centre.OpeningHoursService;
import org.servicecentre.centre.RegionDraft;
import org.servicecentre.centre.RegionLevel;
import org.servicecentre.centre.RegionService;
import org.servicecentre.centre.RoomDraft;
import org.servicecentre.centre.RoomService;
import org.servicecentre.centre.TimeRange;
import org.servicecentre.centre.WeeklyHours;
import org.servicecentre.programme.OutsideSessionDraft;
import org.servicecentre.programme.ProgrammeFixtures;
import org.servicecentre.programme.ProgrammeService;
import org.servicecentre.programme.RegistrationMode;
import org.servicecentre.programme.SessionService;
import org.servicecentre.security.SystemAuthentication;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A hand-computed past week for the usage rollup, in a fresh shequ region with one fresh centre, the week of Monday
 * 12 October 2026 in Asia/Shanghai. The centre opens 09:00–18:00 Monday to Friday (540 min a day); Tuesday it keeps
 * special hours 09:00–12:00 (180); Wednesday it is closed; Thursday room B alone is closed.
 * <pre>
 * room A open 540 + 180 + 0 + 540 + 540 = 1,800    room B open 540 + 180 + 0 + 0 + 540 = 1,260    centre 3,060
 * A1 Mon 09:00–11:00 completed, buffers 08:30–11:30, someone came      booked 120  attended 120
 * A2 Mon 17:00–19:00 confirmed, nobody came (1 h after closing)         booked  60  unattended
 * A3 Tue 11:00–13:00 confirmed, staff confirmed the start (closes 12)    booked  60  attended 60
 * A4 Wed 10:00–12:00 confirmed on the closure day, nobody came          booked   0  unattended
 * A5 Thu 14:00–15:00 released                                           booked   0  released
 * A6 Thu 15:00–16:00 cancelled                                          not held, cancelled
 * A7 Fri 10:00–12:00 confirmed, one kiosk check-in never checked out    booked 120  attended 120
 * B1 Thu 10:00–12:00 confirmed on the room's closure day                booked   0  unattended
 * B2 Fri 09:00–18:00 completed, staff confirmed the start               booked 540  attended 540
 * room A: booked 360, attended 300, held 6, released 1, unattended 2, cancelled 1
 * room B: booked 540, attended 540, held 2, unattended 1
 * centre: open 3,060, booked 900 (29.4 %), attended 840, held 8, released 1, unattended 3 (no-show 4 of 8), cancelled 1
 * </pre>
 */
@Component
class UsageScenario {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final LocalDate MONDAY = LocalDate.of(2026, 10, 12);
    static final UsagePeriod WEEK = new UsagePeriod(MONDAY, MONDAY.plusDays(6));
    /** Tuesday 20 October, 01:00 in Shanghai: the week is over. */
    static final Instant AFTER = ZonedDateTime.of(MONDAY.plusDays(8), LocalTime.of(1, 0), ZONE).toInstant();
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    record Built(long regionId, long centreId, long allianceId, long roomA, long roomB, long bookingA2,
                 long sessionA2, long residentA2, long registrationA2) {
    }

    private final RegionService regions;
    private final CentreService centres;
    private final AllianceService alliances;
    private final RoomService rooms;
    private final OpeningHoursService hours;
    private final ProgrammeService programmes;
    private final SessionService sessions;
    private final ProgrammeFixtures fixtures;
    private final JdbcTemplate jdbc;

    UsageScenario(RegionService regions, CentreService centres, AllianceService alliances, RoomService rooms,
                  OpeningHoursService hours, ProgrammeService programmes, SessionService sessions,
                  ProgrammeFixtures fixtures, JdbcTemplate jdbc) {
        this.regions = regions;
        this.centres = centres;
        this.alliances = alliances;
        this.rooms = rooms;
        this.hours = hours;
        this.programmes = programmes;
        this.sessions = sessions;
        this.fixtures = fixtures;
        this.jdbc = jdbc;
    }

    Built build() {
        String tag = "US" + SEQUENCE.incrementAndGet() + Long.toString(System.nanoTime() % 1_000_000, 36).toUpperCase();
        return SystemAuthentication.asSystem(() -> {
            var gxq = centres.getByCode("GXQ");
            var street = regions.get(gxq.regionId()).parentId();
            var regionDraft = new RegionDraft();
            regionDraft.setCode(tag);
            regionDraft.setName("使用率测试社区 " + tag);
            regionDraft.setLevel(RegionLevel.SHEQU);
            regionDraft.setParentId(street);
            long regionId = regions.create(regionDraft).id();
            var centreDraft = new CentreDraft();
            centreDraft.setCode(tag);
            centreDraft.setName("使用率测试中心 " + tag);
            centreDraft.setRegionId(regionId);
            long centreId = centres.create(centreDraft).id();
            Map<DayOfWeek, List<TimeRange>> week = new EnumMap<>(DayOfWeek.class);
            for (var day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                    DayOfWeek.FRIDAY)) {
                week.put(day, List.of(TimeRange.parse("09:00", "18:00")));
            }
            hours.replaceWeeklyHours(centreId, new WeeklyHours(week));
            var special = new HoursExceptionDraft();
            special.setDate(MONDAY.plusDays(1));
            special.setRanges(List.of(TimeRange.parse("09:00", "12:00")));
            special.setReason("半天开放");
            hours.addException(centreId, special);
            hours.addClosure(centreId, ClosureDraft.of(null, MONDAY.plusDays(2), MONDAY.plusDays(2), "设备检修"));
            long roomA = room(centreId, tag + "A", "多功能厅");
            long roomB = room(centreId, tag + "B", "活动室");
            hours.addClosure(centreId, ClosureDraft.of(roomB, MONDAY.plusDays(3), MONDAY.plusDays(3), "粉刷"));
            var allianceDraft = new AllianceDraft();
            allianceDraft.setCode(tag);
            allianceDraft.setName("使用率测试联盟 " + tag);
            allianceDraft.setCentreIds(Set.of(centreId, gxq.id()));
            long allianceId = alliances.create(allianceDraft).id();

            long organisation = jdbc.queryForObject("select id from organisation where code = 'QIHANG'", Long.class);
            long a1 = booking(roomA, centreId, organisation, 0, "09:00", "11:00", "COMPLETED", 30);
            long a2 = booking(roomA, centreId, organisation, 0, "17:00", "19:00", "CONFIRMED", 0);
            long a3 = booking(roomA, centreId, organisation, 1, "11:00", "13:00", "CONFIRMED", 0);
            booking(roomA, centreId, organisation, 2, "10:00", "12:00", "CONFIRMED", 0);
            booking(roomA, centreId, organisation, 3, "14:00", "15:00", "RELEASED", 0);
            booking(roomA, centreId, organisation, 3, "15:00", "16:00", "CANCELLED", 0);
            long a7 = booking(roomA, centreId, organisation, 4, "10:00", "12:00", "CONFIRMED", 0);
            booking(roomB, centreId, organisation, 3, "10:00", "12:00", "CONFIRMED", 0);
            long b2 = booking(roomB, centreId, organisation, 4, "09:00", "18:00", "COMPLETED", 0);
            started(a3);
            started(b2);

            long programme = fixtures.as("ngo", () -> programmes.create(
                    ProgrammeFixtures.draft("使用率测试 " + tag, 20, RegistrationMode.PER_SESSION))).id();
            long sessionA1 = session(programme);
            long sessionA2 = session(programme);
            long sessionA7 = session(programme);
            var cameToA1 = fixtures.register(programme, sessionA1, null, null);
            var toComeToA2 = fixtures.register(programme, sessionA2, null, null);
            var cameToA7 = fixtures.register(programme, sessionA7, null, null);
            moveInto(sessionA1, a1, centreId, roomA);
            moveInto(sessionA2, a2, centreId, roomA);
            moveInto(sessionA7, a7, centreId, roomA);
            attend(sessionA1, cameToA1.residentId(), cameToA1.id(), at(0, "09:05"), false);
            attend(sessionA7, cameToA7.residentId(), cameToA7.id(), at(4, "10:02"), true);
            return new Built(regionId, centreId, allianceId, roomA, roomB, a2, sessionA2, toComeToA2.residentId(),
                    toComeToA2.id());
        });
    }

    static Instant at(int dayOfWeek, String time) {
        return ZonedDateTime.of(MONDAY.plusDays(dayOfWeek), LocalTime.parse(time), ZONE).toInstant();
    }

    private long room(long centreId, String code, String name) {
        var draft = new RoomDraft();
        draft.setCode(code);
        draft.setName(name);
        draft.setCapacity(20);
        draft.setAreaSquareMetres(BigDecimal.valueOf(40));
        draft.setBookable(true);
        draft.setAmenityIds(Set.of());
        return rooms.create(centreId, draft).id();
    }

    /** A booking in the past, written directly (the booking service only books ahead), with buffers either side. */
    private long booking(long roomId, long centreId, long organisationId, int day, String from, String to,
                         String status, int bufferMinutes) {
        var start = at(day, from);
        var end = at(day, to);
        jdbc.update("insert into booking (room_id, centre_id, organisation_id, starts_at, ends_at, blocked_from, "
                + "blocked_until, purpose, expected_attendance, status, requested_by, requested_by_id, created_at) "
                + "values (?, ?, ?, ?, ?, ?, ?, '使用率测试', 10, ?, 'test', 0, ?)", roomId, centreId, organisationId,
                Timestamp.from(start), Timestamp.from(end), Timestamp.from(start.minus(Duration.ofMinutes(bufferMinutes))),
                Timestamp.from(end.plus(Duration.ofMinutes(bufferMinutes))), status, Timestamp.from(start));
        return jdbc.queryForObject("select max(id) from booking where room_id = ?", Long.class, roomId);
    }

    private void started(long bookingId) {
        jdbc.update("update booking set started_at = starts_at, started_by = 'test', started_by_id = 0,"
                + " start_method = 'STAFF' where id = ?", bookingId);
    }

    /** A session made ahead outside (registration is only open ahead); {@link #moveInto} puts it in a booking. */
    private long session(long programmeId) {
        var ahead = Instant.now().plus(Duration.ofDays(3)).truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
        return fixtures.as("ngo", () -> sessions.addOutside(programmeId,
                new OutsideSessionDraft("社区广场", ahead, ahead.plus(Duration.ofMinutes(60))))).id();
    }

    /** Moves the session (in the database) into the past booking. */
    private void moveInto(long sessionId, long bookingId, long centreId, long roomId) {
        jdbc.update("update programme_session s set centre_id = ?, room_id = ?, booking_id = ?, location = null,"
                + " starts_at = (select starts_at from booking where id = ?), ends_at = (select ends_at from booking"
                + " where id = ?) where s.id = ?", centreId, roomId, bookingId, bookingId, bookingId, sessionId);
    }

    /** One registrant came: a ticked attendance, and with a kiosk a check-in that was never checked out. */
    private void attend(long sessionId, long residentId, long registrationId, Instant at, boolean kiosk) {
        jdbc.update("insert into session_attendance (session_id, resident_id, registration_id, attended_at, method,"
                + " recorded_by) values (?, ?, ?, ?, ?, 'test')", sessionId, residentId, registrationId,
                Timestamp.from(at), kiosk ? "KIOSK" : "STAFF");
        if (kiosk) {
            long centre = jdbc.queryForObject("select centre_id from programme_session where id = ?", Long.class,
                    sessionId);
            jdbc.update("insert into check_in (centre_id, outcome, subject, session_id, registration_id, resident_id,"
                    + " method, scanned_at, received_at) values (?, 'CHECKED_IN', 'REGISTRATION', ?, ?, ?, 'QR', ?, ?)",
                    centre, sessionId, registrationId, residentId, Timestamp.from(at),
                    Timestamp.from(at));
        }
    }
}
