package org.servicecentre.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.servicecentre.ServiceCentreTest;
import org.servicecentre.centre.CentreService;
import org.servicecentre.programme.ProgrammeFixtures;
import org.servicecentre.programme.RegistrationMode;
import org.servicecentre.programme.ResidentService;
import org.servicecentre.programme.SessionSummary;
import org.servicecentre.programme.TicketService;
import org.servicecentre.security.SystemAuthentication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Visits: scanning again on leaving at a kiosk whose profile has {@code check-out} (the demo GXQ-ENTRANCE), and the
 * closing of visits left open. Scan times are given explicitly, so "ten minutes later" takes no time.
 */
@ServiceCentreTest
class VisitsIntegrationTest {

    private static final long KIOSK_WITHOUT_PROFILE = 9_002L;
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    CheckInService checkIns;

    @Autowired
    VisitCloser closer;

    @Autowired
    ProgrammeFixtures fixtures;

    @Autowired
    TicketService tickets;

    @Autowired
    ResidentService residents;

    @Autowired
    CentreService centres;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void scanningAgainAfterAWhileChecksOutWithTheLengthOfTheVisit() {
        var session = nowAtGxq();
        var token = tickets.registrationToken(fixtures.register(session.programmeId(), session.id(), "陈桂兰",
                "13900000011").id());
        var arrived = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofMinutes(4));

        var in = scan(gxqKiosk(), token, arrived);
        var tooSoon = scan(gxqKiosk(), token, arrived.plus(Duration.ofMinutes(1)));
        var out = scan(gxqKiosk(), token, arrived.plus(Duration.ofMinutes(3)));
        var again = scan(gxqKiosk(), token, arrived.plus(Duration.ofSeconds(210)));

        assertThat(in.outcome()).isEqualTo(KioskOutcome.CHECKED_IN);
        assertThat(tooSoon.outcome()).isEqualTo(KioskOutcome.ALREADY_CHECKED_IN);
        assertThat(out.outcome()).isEqualTo(KioskOutcome.CHECKED_OUT);
        assertThat(out.maskedName()).isEqualTo("陈**");
        assertThat(out.stayed()).isEqualTo(Duration.ofMinutes(3));
        assertThat(again.outcome()).isEqualTo(KioskOutcome.ALREADY_CHECKED_OUT);
        assertThat(again.checkedOutAt()).isEqualTo(arrived.plus(Duration.ofMinutes(3)));
        assertThat(jdbc.queryForMap("select checked_out_at, auto_closed from check_in where id = ?", in.checkInId()))
                .containsEntry("AUTO_CLOSED", false);
    }

    @Test
    void aCardJustAfterMidnightClosesAVisitBegunBeforeItButNotOneLeftOpenTheDayBefore() {
        var midnight = LocalDate.now(SHANGHAI).minusDays(2).atStartOfDay(SHANGHAI).toInstant();
        // registered while the sessions lie ahead, then moved to two days ago
        var lateEvening = nowAtGxq();
        var nightOwl = fixtures.register(lateEvening.programmeId(), lateEvening.id(), "钱夜归", "13900000013");
        move(lateEvening, midnight.minus(Duration.ofMinutes(30)));
        var morning = nowAtGxq();
        var forgetful = fixtures.register(morning.programmeId(), morning.id(), "孙忘记", "13900000014");
        move(morning, midnight.minus(Duration.ofHours(14)));
        scan(gxqKiosk(), tickets.registrationToken(nightOwl.id()), midnight.minus(Duration.ofMinutes(20)));
        scan(gxqKiosk(), tickets.registrationToken(forgetful.id()), midnight.minus(Duration.ofHours(14)));

        var afterMidnight = scan(gxqKiosk(), cardOf(nightOwl.residentId()), midnight.plus(Duration.ofMinutes(10)));
        var nextMorning = scan(gxqKiosk(), cardOf(forgetful.residentId()), midnight.plus(Duration.ofHours(10)));

        assertThat(afterMidnight.outcome()).isEqualTo(KioskOutcome.CHECKED_OUT);
        assertThat(afterMidnight.stayed()).isEqualTo(Duration.ofMinutes(30));
        assertThat(nextMorning.outcome()).isNotIn(KioskOutcome.CHECKED_OUT, KioskOutcome.ALREADY_CHECKED_OUT);
    }

    @Test
    void aKioskWithoutCheckOutKeepsAnsweringAlreadyCheckedIn() {
        var session = nowAtGxq();
        var token = tickets.registrationToken(fixtures.register(session.programmeId(), session.id(), null, null).id());
        var arrived = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofMinutes(4));

        scan(KIOSK_WITHOUT_PROFILE, token, arrived);
        var later = scan(KIOSK_WITHOUT_PROFILE, token, arrived.plus(Duration.ofMinutes(4)));

        assertThat(later.outcome()).isEqualTo(KioskOutcome.ALREADY_CHECKED_IN);
        assertThat(later.checkedOutAt()).isNull();
    }

    @Test
    void aPersonalCardOnLeavingClosesTheHoldersOpenVisitHere() {
        var session = nowAtGxq();
        var registration = fixtures.register(session.programmeId(), session.id(), "赵大海", "13900000012");
        var card = tickets.cardToken(fixtures.as("ngo", () -> residents.issueCard(registration.residentId(), false)));
        var arrived = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofMinutes(4));
        scan(gxqKiosk(), tickets.registrationToken(registration.id()), arrived);

        var out = scan(gxqKiosk(), card, arrived.plus(Duration.ofMinutes(3)));

        assertThat(out.outcome()).isEqualTo(KioskOutcome.CHECKED_OUT);
        assertThat(out.session().id()).isEqualTo(session.id());
        assertThat(out.stayed()).isEqualTo(Duration.ofMinutes(3));
    }

    @Test
    void twoKiosksCheckingOutTheSameVisitAtOnceCloseItOnce() throws Exception {
        var session = nowAtGxq();
        var token = tickets.registrationToken(fixtures.register(session.programmeId(), session.id(), null, null).id());
        var arrived = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofMinutes(4));
        scan(gxqKiosk(), token, arrived);
        var leaving = arrived.plus(Duration.ofMinutes(3));
        var start = new CountDownLatch(1);
        var racers = new ArrayList<Callable<ScanResult>>();
        for (int i = 0; i < 2; i++) {
            racers.add(() -> {
                start.await();
                return scan(gxqKiosk(), token, leaving);
            });
        }

        try (var pool = Executors.newFixedThreadPool(2)) {
            var futures = racers.stream().map(pool::submit).toList();
            start.countDown();
            var outcomes = new ArrayList<KioskOutcome>();
            for (var future : futures) {
                outcomes.add(future.get().outcome());
            }
            assertThat(outcomes).containsExactlyInAnyOrder(KioskOutcome.CHECKED_OUT,
                    KioskOutcome.ALREADY_CHECKED_OUT);
        }
    }

    @Test
    void visitsLeftOpenCloseAtClosingTimeOrTheSessionsEndMarkedAutomatic() {
        // 2026-03-02: GXQ kept special hours 09:00-12:00 and 14:00-17:30 (a hand-made exception)
        var day = LocalDate.of(2026, 3, 2);
        jdbc.update("insert into hours_exception (centre_id, on_date, reason) values (?, ?, ?)", gxq(), day,
                "测试：特殊时间");
        long exception = jdbc.queryForObject("select id from hours_exception where centre_id = ? and on_date = ?",
                Long.class, gxq(), day);
        jdbc.update("insert into hours_exception_range (exception_id, start_minute, end_minute) values (?, 540, 720)",
                exception);
        jdbc.update("insert into hours_exception_range (exception_id, start_minute, end_minute) values (?, 840, 1050)",
                exception);
        var session = nowAtGxq();
        var evening = local(day, 19, 0);
        jdbc.update("update programme_session set starts_at = ?, ends_at = ? where id = ?",
                Timestamp.from(evening), Timestamp.from(local(day, 20, 30)), session.id());
        long morning = visit(local(day, 10, 0), null);
        long toTheSession = visit(local(day, 19, 5), session.id());
        long closedByHand = visit(local(day, 10, 30), null);
        jdbc.update("update check_in set checked_out_at = ? where id = ?", Timestamp.from(local(day, 11, 0)),
                closedByHand);

        closer.closeDue(local(day, 20, 0));
        var afterEight = closedAt(toTheSession);
        closer.closeDue(local(day.plusDays(1), 8, 0));

        assertThat(closedAt(morning)).isEqualTo(local(day, 17, 30));
        assertThat(afterEight).isNull();
        assertThat(closedAt(toTheSession)).isEqualTo(local(day, 20, 30));
        assertThat(closedAt(closedByHand)).isEqualTo(local(day, 11, 0));
        assertThat(jdbc.queryForList("select auto_closed from check_in where id in (?, ?, ?) order by id",
                Boolean.class, morning, toTheSession, closedByHand)).containsExactly(true, true, false);
        assertThat(closer.closeDue(local(day.plusDays(1), 9, 0))).as("nothing left of that day").isZero();
    }

    private long visit(Instant at, Long sessionId) {
        var nonce = UUID.randomUUID().toString();
        jdbc.update("""
                insert into check_in (centre_id, kiosk_id, client_nonce, outcome, subject, session_id, method,
                                      scanned_at, received_at)
                values (?, ?, ?, 'CHECKED_IN', 'WALK_IN', ?, 'TAP', ?, ?)""", gxq(), KIOSK_WITHOUT_PROFILE, nonce,
                sessionId, Timestamp.from(at), Timestamp.from(at));
        return jdbc.queryForObject("select id from check_in where kiosk_id = ? and client_nonce = ?", Long.class,
                KIOSK_WITHOUT_PROFILE, nonce);
    }

    private Instant closedAt(long id) {
        var at = jdbc.queryForObject("select checked_out_at from check_in where id = ?", Timestamp.class, id);
        return at == null ? null : at.toInstant();
    }

    private static Instant local(LocalDate day, int hour, int minute) {
        return day.atTime(hour, minute).atZone(SHANGHAI).toInstant();
    }

    private ScanResult scan(long kioskId, String token, Instant at) {
        return fixtures.as("manager", () -> checkIns.scan(gxq(), kioskId, token, UUID.randomUUID().toString(), at,
                ScanMethod.SCANNER));
    }

    private String cardOf(long residentId) {
        return tickets.cardToken(fixtures.as("ngo", () -> residents.issueCard(residentId, false)));
    }

    private long gxq() {
        return SystemAuthentication.asSystem(() -> centres.getByCode("GXQ")).id();
    }

    private long gxqKiosk() {
        return jdbc.queryForObject("select id from kiosk_device where code = 'GXQ-ENTRANCE'", Long.class);
    }

    /**
     * A session of a fresh programme, at GXQ, from five minutes ago for three hours (scans go back at most four
     * minutes, so that the tests stay within one day except in the first minutes after midnight in Shanghai).
     */
    private SessionSummary nowAtGxq() {
        var programme = fixtures.programme(10, RegistrationMode.PER_SESSION);
        var session = fixtures.outsideSession(programme.id(), 2);
        move(session, Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofMinutes(5)));
        return session;
    }

    /** Moves the session to GXQ, from {@code start} for three hours. */
    private void move(SessionSummary session, Instant start) {
        jdbc.update("update programme_session set centre_id = ?, starts_at = ?, ends_at = ? where id = ?", gxq(),
                Timestamp.from(start), Timestamp.from(start.plus(Duration.ofHours(3))), session.id());
    }
}
