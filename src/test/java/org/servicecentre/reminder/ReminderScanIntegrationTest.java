package org.servicecentre.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.servicecentre.ServiceCentreTest;
import org.servicecentre.programme.ProgrammeDraft;
import org.servicecentre.programme.ProgrammeFixtures;
import org.servicecentre.programme.ProgrammeService;
import org.servicecentre.programme.ProgrammeSummary;
import org.servicecentre.programme.ProgrammeVisibility;
import org.servicecentre.programme.PublicRegistrations;
import org.servicecentre.programme.RegistrationMode;
import org.servicecentre.programme.ResidentDraft;
import org.servicecentre.programme.SessionService;
import org.servicecentre.programme.SessionSummary;
import org.servicecentre.programme.TargetGroup;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The reminder scan, run at exact times: on time, late after a downtime, never twice, never to the cancelled. */
@ServiceCentreTest
class ReminderScanIntegrationTest {

    @Autowired
    ReminderScan scan;

    @Autowired
    ProgrammeFixtures programmes;

    @Autowired
    ProgrammeService programmeService;

    @Autowired
    SessionService sessions;

    @Autowired
    PublicRegistrations publicRegistrations;

    @Autowired
    OutboxRows outbox;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    org.servicecentre.booking.BookingFixtures bookingFixtures;

    @Autowired
    org.servicecentre.booking.BookingService bookings;

    @Test
    void aSessionMovedToAnotherTimeLosesTheOldTimesRemindersAndIsRemindedOfTheNewTime() {
        var room = bookingFixtures.room(30, 0, false);
        var day = bookingFixtures.openWeekday(room, 7);
        var start = org.servicecentre.booking.BookingFixtures.at(day, "14:00");
        var programme = programmes.programme(20, RegistrationMode.PER_SESSION);
        var session = programmes.as("ngo", () -> sessions.addInRoom(programme.id(),
                new org.servicecentre.programme.RoomSessionDraft(room.id(), start, start.plus(Duration.ofHours(2)), 1)));
        var registration = programmes.register(programme.id(), session.id(), "王秀英", "13900002011");
        scan.scan(start.minus(Duration.ofHours(24)));
        var oldTime = outbox.one("session-reminder:1440:registration:" + registration.id(), "SMS");
        assertThat(oldTime.state()).isEqualTo("PENDING");

        var later = start.plus(Duration.ofHours(1));
        programmes.as("ngo", () -> bookings.change(session.bookingId(), new org.servicecentre.booking.BookingDraft(
                room.id(), later, later.plus(Duration.ofHours(2)), "测试预约", null, 1, programme.id())));

        assertThat(outbox.one("session-reminder:1440:registration:" + registration.id(), "SMS").state())
                .isEqualTo("DROPPED");
        scan.scan(later.minus(Duration.ofHours(24)));
        assertThat(outbox.byKey("session-reminder:1440:registration:" + registration.id()))
                .filteredOn(r -> r.channel().equals("SMS")).extracting(r -> r.state(), r -> r.dueAt())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("DROPPED", start.minus(Duration.ofHours(24))),
                        org.assertj.core.groups.Tuple.tuple("PENDING", later.minus(Duration.ofHours(24))));
    }

    @Test
    void remindsARegistrantExactlyADayBeforeAndTwoHoursBefore() {
        var programme = programmes.programme(20, RegistrationMode.PER_SESSION);
        var session = programmes.outsideSession(programme.id(), 60);
        var registration = programmes.register(programme.id(), session.id(), "王秀英", "13900002001");
        var start = session.start();

        scan.scan(start.minus(Duration.ofHours(24)));

        var day = outbox.one("session-reminder:1440:registration:" + registration.id(), "SMS");
        assertThat(day.dueAt()).isEqualTo(start.minus(Duration.ofHours(24)));
        assertThat(day.staleAt()).isEqualTo(start.minus(Duration.ofHours(12)));
        assertThat(day.kind()).isEqualTo("session-reminder");
        assertThat(day.essential()).isFalse();
        assertThat(day.state()).isEqualTo("PENDING");
        assertThat(day.address()).isEqualTo("13900002001");
        assertThat(day.language()).isEqualTo("zh-CN");
        assertThat(day.body()).contains("提醒", programme.title(), "社区广场", programme.organisationName());
        assertThat(outbox.byKey("session-reminder:120:registration:" + registration.id()))
                .as("the 2 h reminder is not due yet").isEmpty();

        scan.scan(start.minus(Duration.ofHours(2)));

        var soon = outbox.one("session-reminder:120:registration:" + registration.id(), "SMS");
        assertThat(soon.dueAt()).isEqualTo(start.minus(Duration.ofHours(2)));
        assertThat(soon.staleAt()).isEqualTo(start.minus(Duration.ofHours(1)));
    }

    @Test
    void schedulesAReminderAQuarterOfAnHourAheadSoThatItGoesOutOnTime() {
        var programme = programmes.programme(20, RegistrationMode.PER_SESSION);
        var session = programmes.outsideSession(programme.id(), 61);
        var registration = programmes.register(programme.id(), session.id(), null, "13900002002");
        var due = session.start().minus(Duration.ofHours(24));

        scan.scan(due.minus(Duration.ofMinutes(16)));
        assertThat(outbox.byKey("session-reminder:1440:registration:" + registration.id())).isEmpty();

        scan.scan(due.minus(Duration.ofMinutes(15)));
        assertThat(outbox.one("session-reminder:1440:registration:" + registration.id(), "SMS").dueAt())
                .isEqualTo(due);
    }

    @Test
    void afterADowntimeAStillUsefulReminderGoesOutLateAndAStaleOneIsLeftToBeDropped() {
        var programme = programmes.programme(20, RegistrationMode.PER_SESSION);
        var tomorrow = programmes.outsideSession(programme.id(), 62);
        var tonight = programmes.outsideSession(programme.id(), 48);
        var late = programmes.register(programme.id(), tomorrow.id(), null, "13900002003");
        var stale = programmes.register(programme.id(), tonight.id(), null, "13900002004");
        // the scan was down; it comes back 20 h before the first session and 6 h before the second
        var now = tomorrow.start().minus(Duration.ofHours(20));
        startAt(tonight, now.plus(Duration.ofHours(6)));

        scan.scan(now);

        var stillUseful = outbox.one("session-reminder:1440:registration:" + late.id(), "SMS");
        assertThat(stillUseful.dueAt()).isBefore(now);
        assertThat(stillUseful.staleAt()).isAfter(now);
        var useless = outbox.one("session-reminder:1440:registration:" + stale.id(), "SMS");
        assertThat(useless.staleAt()).as("a 24 h reminder with 6 h left: the dispatcher drops it").isBefore(now);
        assertThat(useless.state()).isEqualTo("PENDING");
        assertThat(outbox.byKey("session-reminder:120:registration:" + stale.id()))
                .as("the 2 h reminder of the second session is not due yet").isEmpty();
    }

    @Test
    void followsTheOffsetsTheProgrammeChose() {
        var programme = programmeWithReminders(List.of(2880, 30));
        var session = programmes.outsideSession(programme.id(), 63);
        var registration = programmes.register(programme.id(), session.id(), null, "13900002005");
        var start = session.start();

        scan.scan(start.minus(Duration.ofHours(48)));
        scan.scan(start.minus(Duration.ofHours(24)));
        scan.scan(start.minus(Duration.ofMinutes(30)));

        assertThat(outbox.one("session-reminder:2880:registration:" + registration.id(), "SMS").staleAt())
                .isEqualTo(start.minus(Duration.ofHours(24)));
        assertThat(outbox.one("session-reminder:30:registration:" + registration.id(), "SMS").dueAt())
                .isEqualTo(start.minus(Duration.ofMinutes(30)));
        assertThat(outbox.byKey("session-reminder:1440:registration:" + registration.id())).isEmpty();
        assertThat(programme.reminderOffsets()).containsExactly(2880, 30);
    }

    @Test
    void nobodyIsRemindedTwiceWhenTheScanRunsTwice() {
        var programme = programmes.programme(20, RegistrationMode.PER_SESSION);
        var session = programmes.outsideSession(programme.id(), 64);
        var registration = programmes.register(programme.id(), session.id(), null, "13900002006");
        var now = session.start().minus(Duration.ofHours(24));

        scan.scan(now);
        var again = scan.scan(now.plus(Duration.ofMinutes(5)));

        assertThat(outbox.byKey("session-reminder:1440:registration:" + registration.id())).hasSize(1);
        assertThat(again.toString()).startsWith("scheduled ");
        assertThat(outbox.byKey("session-reminder:1440:registration:" + registration.id()).getFirst().dueAt())
                .isEqualTo(now);
    }

    @Test
    void aResidentWhoStoppedRemindersGetsNoneAndAnEnglishSpeakerGetsEnglish() {
        var programme = programmes.programme(20, RegistrationMode.PER_SESSION);
        var session = programmes.outsideSession(programme.id(), 65);
        var stopped = publicRegistrations.register(programme.publicCode(), session.id(),
                new ResidentDraft(null, "13900002007", Set.of(), true), Locale.SIMPLIFIED_CHINESE);
        publicRegistrations.remindersOff(stopped.manageToken(), true);
        var english = publicRegistrations.register(programme.publicCode(), session.id(),
                new ResidentDraft(null, "13900002008", Set.of(), true), Locale.ENGLISH);

        scan.scan(session.start().minus(Duration.ofHours(24)));

        var dropped = outbox.one("session-reminder:1440:registration:" + stopped.registrationId(), "SMS");
        assertThat(dropped.state()).isEqualTo("DROPPED");
        assertThat(dropped.reason()).contains("opted out");
        var inEnglish = outbox.one("session-reminder:1440:registration:" + english.registrationId(), "SMS");
        assertThat(inEnglish.language()).isEqualTo("en");
        assertThat(inEnglish.body()).contains("Reminder:", programme.title());
        assertThat(inEnglish.state()).isEqualTo("PENDING");
    }

    @Test
    void aCancelledRegistrationOrSessionGetsNoReminderAndOnesNotSentYetAreWithdrawn() {
        var programme = programmes.programme(20, RegistrationMode.PER_SESSION);
        var kept = programmes.outsideSession(programme.id(), 66);
        var called = programmes.outsideSession(programme.id(), 66);
        var withdrawn = programmes.register(programme.id(), kept.id(), null, "13900002009");
        var staying = programmes.register(programme.id(), kept.id(), null, "13900002010");
        var inCancelledSession = programmes.register(programme.id(), called.id(), null, "13900002011");
        var now = kept.start().minus(Duration.ofHours(24)).minus(Duration.ofMinutes(10));

        scan.scan(now);
        programmes.as("ngo", () -> programmes.registrations().cancel(withdrawn.id(), null));
        programmes.as("ngo", () -> sessions.cancel(called.id(), "场地临时占用"));
        scan.scan(now.plus(Duration.ofMinutes(5)));

        var pendingThenWithdrawn = outbox.one("session-reminder:1440:registration:" + withdrawn.id(), "SMS");
        assertThat(pendingThenWithdrawn.state()).isEqualTo("DROPPED");
        assertThat(pendingThenWithdrawn.reason()).isEqualTo("registration cancelled");
        assertThat(outbox.one("session-reminder:1440:registration:" + inCancelledSession.id(), "SMS").state())
                .isEqualTo("DROPPED");
        assertThat(outbox.one("session-reminder:1440:registration:" + staying.id(), "SMS").state())
                .isEqualTo("PENDING");

        var other = programmes.outsideSession(programme.id(), 67);
        var cancelledFirst = programmes.register(programme.id(), other.id(), null, "13900002012");
        programmes.as("ngo", () -> programmes.registrations().cancel(cancelledFirst.id(), null));
        scan.scan(other.start().minus(Duration.ofHours(24)));
        assertThat(outbox.byKey("session-reminder:1440:registration:" + cancelledFirst.id())).isEmpty();
    }

    @Test
    void remindsTheOrganisationsStaffAnHourBeforeWithHowManyRegistered() {
        var programme = programmes.programme(20, RegistrationMode.PER_SESSION);
        var session = programmes.outsideSession(programme.id(), 68);
        programmes.register(programme.id(), session.id(), null, null);
        programmes.register(programme.id(), session.id(), null, null);
        programmes.register(programme.id(), session.id(), null, null);

        scan.scan(session.start().minus(Duration.ofHours(1)));

        var staff = outbox.one("session-staff-reminder:60:session:" + session.id() + ":account:"
                + outbox.accountId("ngo"), "INBOX");
        assertThat(staff.subject()).isEqualTo("1 小时后开始：" + programme.title() + "（已报名 3/20）");
        assertThat(staff.link()).isEqualTo("/programmes/sessions/" + session.id());
        assertThat(staff.dueAt()).isEqualTo(session.start().minus(Duration.ofHours(1)));
    }

    @Test
    void remindsEachWholeProgrammeRegistrantBeforeEverySession() {
        var programme = programmes.programme(20, RegistrationMode.WHOLE_PROGRAMME);
        var first = programmes.outsideSession(programme.id(), 69);
        var second = programmes.outsideSession(programme.id(), 93);
        var registration = programmes.register(programme.id(), null, null, "13900002013");

        scan.scan(first.start().minus(Duration.ofHours(24)));
        scan.scan(second.start().minus(Duration.ofHours(24)));

        var key = "session-reminder:1440:registration:" + registration.id();
        assertThat(outbox.one(key + ":session:" + first.id(), "SMS").dueAt())
                .isEqualTo(first.start().minus(Duration.ofHours(24)));
        assertThat(outbox.one(key + ":session:" + second.id(), "SMS").dueAt())
                .isEqualTo(second.start().minus(Duration.ofHours(24)));
    }

    private ProgrammeSummary programmeWithReminders(List<Integer> offsets) {
        var title = "提醒测试 " + UUID.randomUUID().toString().substring(0, 8);
        return programmes.as("ngo", () -> programmeService.create(new ProgrammeDraft(null, title, null,
                Set.of(TargetGroup.ELDERLY), null, null, 20, RegistrationMode.PER_SESSION, ProgrammeVisibility.PUBLIC,
                null, null, offsets)));
    }

    private void startAt(SessionSummary session, Instant start) {
        jdbc.update("update programme_session set starts_at = ?, ends_at = ? where id = ?", Timestamp.from(start),
                Timestamp.from(start.plus(Duration.ofMinutes(90))), session.id());
    }
}
