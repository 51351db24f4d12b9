package org.servicecentre.checkin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.servicecentre.ServiceCentreTest;
import org.servicecentre.centre.CentreService;
import org.servicecentre.programme.ProgrammeFixtures;
import org.servicecentre.programme.RegistrationMode;
import org.servicecentre.programme.RegistrationService;
import org.servicecentre.programme.ResidentService;
import org.servicecentre.programme.SessionSummary;
import org.servicecentre.programme.TicketService;
import org.servicecentre.security.SystemAuthentication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Check-in at the entrance of 高新区 (GXQ, managed by the demo manager) with real tickets and cards. A session
 * "happening now" at GXQ is made by moving an outside session there in the database, so that the tests run at any
 * hour (rooms can only be booked ahead and within opening hours).
 */
@ServiceCentreTest
@RecordApplicationEvents
class CheckInServiceIntegrationTest {

    private static final long KIOSK = 9_001L;

    @Autowired
    CheckInService checkIns;

    @Autowired
    ProgrammeFixtures fixtures;

    @Autowired
    TicketService tickets;

    @Autowired
    RegistrationService registrations;

    @Autowired
    ResidentService residents;

    @Autowired
    CentreService centres;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEvents events;

    @Test
    void aValidTicketChecksInOnceWithTheMaskedNameAndASecondScanSaysWhen() {
        var now = nowAtGxq();
        var registration = fixtures.register(now.programmeId(), now.id(), "王秀英", "13900000001");
        var token = tickets.registrationToken(registration.id());

        var first = scan(gxq(), token, nonce());
        var second = scan(gxq(), token, nonce());

        assertThat(first.outcome()).isEqualTo(KioskOutcome.CHECKED_IN);
        assertThat(first.maskedName()).isEqualTo("王**");
        assertThat(first.session().id()).isEqualTo(now.id());
        assertThat(second.outcome()).isEqualTo(KioskOutcome.ALREADY_CHECKED_IN);
        assertThat(second.checkedInAt()).isEqualTo(first.checkedInAt());
        var sheet = fixtures.as("ngo", () -> registrations.attendance(now.id(), false));
        assertThat(sheet.rows()).filteredOn(r -> r.registrationId() != null && r.registrationId() == registration.id())
                .singleElement().satisfies(r -> assertThat(r.attended()).isTrue());
    }

    @Test
    void aResentScanIsAnsweredTheSameAndCountedOnce() {
        var now = nowAtGxq();
        var registration = fixtures.register(now.programmeId(), now.id(), null, null);
        var token = tickets.registrationToken(registration.id());
        var nonce = nonce();

        var first = scan(gxq(), token, nonce);
        var resent = scan(gxq(), token, nonce);

        assertThat(resent.outcome()).isEqualTo(KioskOutcome.CHECKED_IN);
        assertThat(resent.repeated()).isTrue();
        assertThat(resent.checkInId()).isEqualTo(first.checkInId());
        assertThat(jdbc.queryForObject("select count(*) from check_in where kiosk_id = ? and client_nonce = ?",
                Long.class, KIOSK, nonce)).isEqualTo(1);
        // the dashboards' people rollup hears of the kept check-in once (a kiosk syncing late can land on a past day)
        assertThat(events.stream(CheckInRecorded.class)).singleElement().satisfies(recorded -> {
            assertThat(recorded.checkInId()).isEqualTo(first.checkInId());
            assertThat(recorded.centreId()).isEqualTo(gxq());
            assertThat(recorded.sessionId()).isEqualTo(now.id());
        });
    }

    @Test
    void elsewhereNotValidAndCancelledTicketsGetTheirOwnAnswers() {
        var now = nowAtGxq();
        var registration = fixtures.register(now.programmeId(), now.id(), null, null);
        var token = tickets.registrationToken(registration.id());

        var atKjy = scan(SystemAuthentication.asSystem(() -> centres.getByCode("KJY")).id(), token, nonce());
        var garbage = scan(gxq(), "SC1.not-a-ticket", nonce());
        fixtures.as("ngo", () -> registrations.cancel(registration.id(), null));
        var cancelled = scan(gxq(), token, nonce());

        assertThat(atKjy.outcome()).isEqualTo(KioskOutcome.OTHER_CENTRE);
        assertThat(atKjy.otherCentre()).contains("高新区");
        assertThat(garbage.outcome()).isEqualTo(KioskOutcome.NOT_VALID);
        assertThat(cancelled.outcome()).isEqualTo(KioskOutcome.NOT_VALID);
    }

    @Test
    void aPersonalCardOffersTodaysSessionsHereAndChecksInToTheOneTapped() {
        var now = nowAtGxq();
        var registration = fixtures.register(now.programmeId(), now.id(), "李建国", "13900000002");
        long cardId = fixtures.as("ngo", () -> residents.issueCard(registration.residentId(), false));
        var card = tickets.cardToken(cardId);

        var offered = scan(gxq(), card, nonce());
        var chosen = fixtures.as("manager", () -> checkIns.chooseSession(gxq(), KIOSK, card, now.id(), nonce(),
                ScanMethod.CAMERA));

        assertThat(offered.outcome()).isEqualTo(KioskOutcome.CHOOSE_SESSION);
        assertThat(offered.choices()).extracting(SessionSummary::id).containsExactly(now.id());
        assertThat(chosen.outcome()).isEqualTo(KioskOutcome.CHECKED_IN);
        assertThat(chosen.maskedName()).isEqualTo("李**");
    }

    @Test
    void aManagerAnswersOnlyForTheirOwnCentres() {
        long ntc = SystemAuthentication.asSystem(() -> centres.getByCode("NTC")).id();

        assertThatThrownBy(() -> scan(ntc, "SC1.x", nonce())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aWalkInIsCountedForASessionOnNowWithOnlyTheGroupTheyTapped() {
        var now = nowAtGxq();
        var nonce = nonce();

        var walkIn = fixtures.as("manager", () -> checkIns.walkIn(gxq(), KIOSK, now.id(),
                org.servicecentre.programme.TargetGroup.ELDERLY, nonce));
        var resent = fixtures.as("manager", () -> checkIns.walkIn(gxq(), KIOSK, now.id(),
                org.servicecentre.programme.TargetGroup.ELDERLY, nonce));

        assertThat(walkIn.outcome()).isEqualTo(KioskOutcome.CHECKED_IN);
        assertThat(walkIn.maskedName()).isNull();
        assertThat(resent.repeated()).isTrue();
        assertThat(jdbc.queryForMap("select subject, target_group, resident_id, method from check_in where id = ?",
                walkIn.checkInId())).containsEntry("SUBJECT", "WALK_IN").containsEntry("TARGET_GROUP", "ELDERLY")
                .containsEntry("RESIDENT_ID", null).containsEntry("METHOD", "TAP");
    }

    @Test
    void aWalkInCannotClaimASessionThatIsNotOnNow() {
        var programme = fixtures.programme(10, RegistrationMode.PER_SESSION);
        var later = fixtures.outsideSession(programme.id(), 30);
        jdbc.update("update programme_session set centre_id = ? where id = ?", gxq(), later.id());

        assertThatThrownBy(() -> fixtures.as("manager", () -> checkIns.walkIn(gxq(), KIOSK, later.id(), null,
                nonce()))).isInstanceOfSatisfying(org.servicecentre.shared.DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("CHECKIN_WALK_IN_NOT_NOW"));
    }

    private ScanResult scan(long centreId, String token, String nonce) {
        return fixtures.as("manager", () -> checkIns.scan(centreId, KIOSK, token, nonce, Instant.now(),
                ScanMethod.SCANNER));
    }

    private long gxq() {
        return SystemAuthentication.asSystem(() -> centres.getByCode("GXQ")).id();
    }

    /** A session of a fresh programme, at GXQ, that started a minute ago and lasts 90 minutes. */
    private SessionSummary nowAtGxq() {
        var programme = fixtures.programme(10, RegistrationMode.PER_SESSION);
        var session = fixtures.outsideSession(programme.id(), 2);
        var start = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofMinutes(1));
        jdbc.update("update programme_session set centre_id = ?, starts_at = ?, ends_at = ? where id = ?", gxq(),
                java.sql.Timestamp.from(start), java.sql.Timestamp.from(start.plus(Duration.ofMinutes(90))),
                session.id());
        return session;
    }

    private static String nonce() {
        return UUID.randomUUID().toString();
    }
}
