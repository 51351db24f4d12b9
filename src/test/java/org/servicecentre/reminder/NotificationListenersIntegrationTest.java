package org.servicecentre.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicecentre.booking.BookingFixtures.at;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.servicecentre.ServiceCentreTest;
import org.servicecentre.booking.BookingFixtures;
import org.servicecentre.booking.BookingSeriesService;
import org.servicecentre.booking.BookingService;
import org.servicecentre.booking.BookingStatus;
import org.servicecentre.booking.ConflictPolicy;
import org.servicecentre.booking.SeriesDraft;
import org.servicecentre.programme.ProgrammeFixtures;
import org.servicecentre.programme.PublicRegistrations;
import org.servicecentre.programme.RegistrationMode;
import org.servicecentre.programme.RegistrationStatus;
import org.servicecentre.programme.ResidentDraft;
import org.servicecentre.programme.SessionService;
import org.servicecentre.security.AccountDraft;
import org.servicecentre.security.AccountService;
import org.servicecentre.security.Role;
import org.springframework.beans.factory.annotation.Autowired;

/** Each domain change writes its messages once, to the right people, in each recipient's language. */
@ServiceCentreTest
class NotificationListenersIntegrationTest {

    @Autowired
    BookingFixtures rooms;

    @Autowired
    BookingService bookings;

    @Autowired
    BookingSeriesService series;

    @Autowired
    ProgrammeFixtures programmes;

    @Autowired
    SessionService sessions;

    @Autowired
    PublicRegistrations publicRegistrations;

    @Autowired
    AccountService accounts;

    @Autowired
    OutboxRows outbox;

    @Test
    void asksTheCentresManagerToApproveARequestOnce() {
        var room = rooms.room(20, 0, true);
        var day = rooms.openWeekday(room, 12);
        var booking = rooms.as("ngo", () -> bookings.create(BookingFixtures.draft(room, at(day, "10:00"),
                at(day, "11:00"), 12)));
        assertThat(booking.status()).isEqualTo(BookingStatus.REQUESTED);

        var key = "booking-requested:booking:" + booking.id() + ":" + booking.start().getEpochSecond() + ":account:"
                + outbox.accountId("manager");
        var inbox = outbox.one(key, "INBOX");
        assertThat(inbox.kind()).isEqualTo("booking-requested");
        assertThat(inbox.link()).isEqualTo("/bookings/approvals");
        assertThat(inbox.language()).isEqualTo("zh-CN");
        assertThat(inbox.subject()).startsWith("待审批：").contains(booking.organisationName(), room.name());
        assertThat(inbox.body()).contains("测试预约");
        assertThat(inbox.essential()).isTrue();
        assertThat(inbox.state()).isEqualTo("PENDING");
    }

    @Test
    void asksOnceForAWholeNewSeries() {
        var room = rooms.room(20, 0, true);
        var day = rooms.openWeekday(room, 15, 4);
        var made = rooms.as("ngo", () -> series.create(SeriesDraft.of(room.id(), at(day, "19:00"), at(day, "20:00"),
                "FREQ=WEEKLY;COUNT=4", "四点半课堂", 10, null), ConflictPolicy.SKIP));
        assertThat(made.created()).hasSizeGreaterThan(1);

        var key = "booking-requested:series:" + made.series().id() + ":account:" + outbox.accountId("manager");
        var inbox = outbox.one(key, "INBOX");
        assertThat(inbox.subject()).contains("周期性");
        for (var occurrence : made.created()) {
            assertThat(outbox.byKey("booking-requested:booking:" + occurrence.id() + ":"
                    + occurrence.start().getEpochSecond() + ":account:" + outbox.accountId("manager"))).isEmpty();
        }
    }

    @Test
    void tellsTheOrganisationOfAnApprovalInEachStaffMembersLanguage() {
        long english = englishColleagueOfNgo();
        var room = rooms.room(20, 0, true);
        var day = rooms.openWeekday(room, 13);
        var booking = rooms.as("ngo", () -> bookings.create(BookingFixtures.draft(room, at(day, "10:00"),
                at(day, "11:00"), 12)));

        rooms.as("manager", () -> bookings.approve(booking.id(), "请提前十分钟到前台领钥匙"));

        String prefix = "booking-approved:booking:" + booking.id() + ":" + booking.start().getEpochSecond()
                + ":account:";
        var chinese = outbox.one(prefix + outbox.accountId("ngo"), "INBOX");
        assertThat(chinese.subject()).startsWith("预约已批准：");
        assertThat(chinese.body()).contains("管理员留言：请提前十分钟到前台领钥匙");
        assertThat(chinese.link()).isEqualTo("/bookings");
        var inEnglish = outbox.one(prefix + english, "INBOX");
        assertThat(inEnglish.language()).isEqualTo("en");
        assertThat(inEnglish.subject()).startsWith("Booking approved: ");
        assertThat(inEnglish.body()).contains("Note from the manager: 请提前十分钟到前台领钥匙");
        assertThat(inEnglish.essential()).isTrue();
    }

    @Test
    void tellsTheOrganisationWhyARequestWasDeclinedAndWhenABookingIsCancelled() {
        var room = rooms.room(20, 0, true);
        var day = rooms.openWeekday(room, 14);
        var declined = rooms.as("ngo", () -> bookings.create(BookingFixtures.draft(room, at(day, "10:00"),
                at(day, "11:00"), 12)));
        var cancelled = rooms.as("ngo", () -> bookings.create(BookingFixtures.draft(room, at(day, "14:00"),
                at(day, "15:00"), 12)));

        rooms.as("manager", () -> bookings.decline(declined.id(), "当天场地检修"));
        rooms.as("ngo", () -> bookings.cancel(cancelled.id(), "志愿者不足"));

        long ngo = outbox.accountId("ngo");
        var no = outbox.one("booking-declined:booking:" + declined.id() + ":account:" + ngo, "INBOX");
        assertThat(no.subject()).startsWith("预约未获批准：");
        assertThat(no.body()).contains("原因：当天场地检修");
        var off = outbox.one("booking-cancelled:booking:" + cancelled.id() + ":account:" + ngo, "INBOX");
        assertThat(off.body()).contains("原因：志愿者不足");
    }

    @Test
    void tellsRegistrantsByTextAndTheOrganisationWhenASessionIsCancelled() {
        var programme = programmes.programme(10, RegistrationMode.PER_SESSION);
        var session = programmes.outsideSession(programme.id(), 30);
        var registration = programmes.register(programme.id(), session.id(), "王秀英", "13900001001");
        var anonymous = programmes.register(programme.id(), session.id(), null, null);

        programmes.as("ngo", () -> sessions.cancel(session.id(), "台风预警"));

        var text = outbox.one("session-cancelled:session:" + session.id() + ":registration:" + registration.id(),
                "SMS");
        assertThat(text.address()).isEqualTo("13900001001");
        assertThat(text.residentId()).isEqualTo(registration.residentId());
        assertThat(text.essential()).isTrue();
        assertThat(text.body()).contains(programme.title(), "社区广场", "原因：台风预警", "已取消");
        assertThat(outbox.byKey("session-cancelled:session:" + session.id() + ":registration:" + anonymous.id()))
                .as("a resident who left no phone number cannot be reached").isEmpty();
        var staff = outbox.one("session-cancelled:session:" + session.id() + ":account:" + outbox.accountId("ngo"),
                "INBOX");
        assertThat(staff.body()).contains("已通知 2 位报名居民");
        assertThat(staff.link()).isEqualTo("/programmes/" + programme.id());
    }

    @Test
    void aResidentWhoSignedUpInEnglishIsToldInEnglishEvenWithRemindersOff() {
        var programme = programmes.programme(1, RegistrationMode.PER_SESSION);
        var session = programmes.outsideSession(programme.id(), 40);
        var first = programmes.register(programme.id(), session.id(), null, null);
        var signedUp = publicRegistrations.register(programme.publicCode(), session.id(),
                new ResidentDraft("Anna Li", "13900001002", Set.of(), true), Locale.ENGLISH);
        assertThat(signedUp.status()).isEqualTo(RegistrationStatus.WAITLISTED);
        publicRegistrations.remindersOff(signedUp.manageToken(), true);

        programmes.as("ngo", () -> programmes.registrations().cancel(first.id(), "重复报名"));

        var promoted = outbox.one("registration-promoted:registration:" + signedUp.registrationId(), "SMS");
        assertThat(promoted.language()).isEqualTo("en");
        assertThat(promoted.body()).startsWith("[").contains("Good news", programme.title(), "社区广场");
        assertThat(promoted.essential()).isTrue();
        assertThat(promoted.state()).as("essential: sent although reminders are off").isEqualTo("PENDING");
    }

    @Test
    void tellsAResidentWhoseRegistrationStaffCancelled() {
        var programme = programmes.programme(10, RegistrationMode.PER_SESSION);
        var session = programmes.outsideSession(programme.id(), 50);
        var registration = programmes.register(programme.id(), session.id(), "李建国", "13900001003");

        programmes.as("ngo", () -> programmes.registrations().cancel(registration.id(), "不符合报名条件"));

        var text = outbox.one("registration-cancelled:registration:" + registration.id(), "SMS");
        assertThat(text.body()).contains(programme.title(), "工作人员取消", "原因：不符合报名条件");
        assertThat(outbox.byKey("registration-cancelled:registration:" + registration.id())).hasSize(1);
    }

    /** A second NGO staff account of 启航社工 whose language is English. */
    private long englishColleagueOfNgo() {
        var username = "ngo-en-" + UUID.randomUUID().toString().substring(0, 8);
        return rooms.as("admin", () -> {
            var ngo = accounts.list("ngo", Role.NGO_STAFF, 0, 50).stream()
                    .filter(a -> a.username().equals("ngo")).findFirst().orElseThrow();
            var draft = new AccountDraft();
            draft.setUsername(username);
            draft.setDisplayName("Grace Wong");
            draft.setRole(Role.NGO_STAFF);
            draft.setOrganisationId(ngo.organisationId());
            draft.setLanguage(Locale.ENGLISH);
            return accounts.create(draft, "Reminders-2026-strong!").id();
        });
    }
}
