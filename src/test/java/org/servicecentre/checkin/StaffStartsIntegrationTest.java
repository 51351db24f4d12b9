package org.servicecentre.checkin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.servicecentre.ServiceCentreTest;
import org.servicecentre.booking.BookingStartFixtures;
import org.servicecentre.booking.StartableBooking;
import org.servicecentre.security.AccountService;
import org.servicecentre.security.Role;
import org.servicecentre.security.StaffCodes;
import org.servicecentre.security.SystemAuthentication;
import org.servicecentre.shared.DomainException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * A staff member shows their staff code at the kiosk of 高新区 (GXQ): one booking of theirs on now is confirmed at
 * once, several are offered, none is explained. Each test has its own organisation, so only its own bookings count.
 */
@ServiceCentreTest
class StaffStartsIntegrationTest {

    private static final long KIOSK = BookingStartFixtures.KIOSK_ID;

    @Autowired
    StaffStarts starts;

    @Autowired
    StaffCodes codes;

    @Autowired
    AccountService accounts;

    @Autowired
    BookingStartFixtures fixtures;

    private long gxq;
    private long organisation;
    private String worker;
    private String code;

    @BeforeEach
    void aSocialWorkerWithAStaffCode() {
        gxq = fixtures.centre("GXQ");
        organisation = fixtures.organisation();
        worker = fixtures.account(Role.NGO_STAFF, "吴社工", organisation, Set.of());
        code = fixtures.as(worker, codes::issue).code();
    }

    @Test
    void theOneBookingOnNowIsConfirmedAtOnceAndASecondScanSaysWhen() {
        var booking = fixtures.bookNow(fixtures.room(), organisation, -3, 90);

        var first = scan(code);
        var second = scan(code);

        assertThat(first.outcome()).isEqualTo(StaffStartOutcome.STARTED);
        assertThat(first.staffName()).isEqualTo("吴社工");
        assertThat(first.booking().id()).isEqualTo(booking.id());
        assertThat(first.booking().purpose()).isEqualTo("开始确认测试");
        assertThat(first.booking().started().byName()).isEqualTo("吴社工");
        assertThat(second.outcome()).isEqualTo(StaffStartOutcome.ALREADY_STARTED);
        assertThat(second.booking().started().at()).isEqualTo(first.booking().started().at());
    }

    @Test
    void severalBookingsAreOfferedAndTheOneChosenIsConfirmed() {
        var onNow = fixtures.bookNow(fixtures.room(), organisation, -10, 60);
        var soon = fixtures.bookNow(fixtures.room(), organisation, 20, 60);

        var offered = scan(code);
        var chosen = fixtures.asKiosk(gxq, () -> starts.confirm(gxq, KIOSK, code, soon.id()));

        assertThat(offered.outcome()).isEqualTo(StaffStartOutcome.CHOOSE_BOOKING);
        assertThat(offered.choices()).extracting(StartableBooking::id).containsExactly(onNow.id(), soon.id());
        assertThat(offered.choices()).allMatch(b -> b.started() == null);
        assertThat(chosen.outcome()).isEqualTo(StaffStartOutcome.STARTED);
        assertThat(chosen.booking().id()).isEqualTo(soon.id());
        assertThat(scan(code).outcome()).as("the other one is left").isEqualTo(StaffStartOutcome.STARTED);
    }

    @Test
    void withNothingToStartTheKioskSaysSo() {
        var elsewhere = fixtures.bookNow(fixtures.room(), fixtures.organisation(), -5, 60);

        var answer = scan(code);

        assertThat(answer.outcome()).isEqualTo(StaffStartOutcome.NOTHING_TO_START);
        assertThat(answer.staffName()).isEqualTo("吴社工");
        assertThat(answer.booking()).isNull();
        assertThat(elsewhere.id()).isPositive();
    }

    @Test
    void aChoiceThatMayNotBeStartedIsRefusedWithTheReason() {
        var notTheirs = fixtures.bookNow(fixtures.room(), fixtures.organisation(), -5, 60);

        assertThatThrownBy(() -> fixtures.asKiosk(gxq, () -> starts.confirm(gxq, KIOSK, code, notTheirs.id())))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("BOOKING_START_NOT_ENTITLED"));
    }

    @Test
    void unknownRenewedAndDisabledCodesAreNotValid() {
        fixtures.bookNow(fixtures.room(), organisation, -5, 60);
        var renewed = fixtures.as(worker, codes::issue).code();
        long id = fixtures.userId(worker);

        var old = scan(code);
        var garbage = scan("scs_not-a-code");
        SystemAuthentication.asSystem(() -> accounts.disable(id));
        var disabled = scan(renewed);

        assertThat(old.outcome()).isEqualTo(StaffStartOutcome.NOT_VALID);
        assertThat(old.staffName()).isNull();
        assertThat(garbage.outcome()).isEqualTo(StaffStartOutcome.NOT_VALID);
        assertThat(disabled.outcome()).isEqualTo(StaffStartOutcome.NOT_VALID);
    }

    @Test
    void aKioskAnswersOnlyForItsOwnCentre() {
        long kjy = fixtures.centre("KJY");

        assertThatThrownBy(() -> fixtures.asKiosk(kjy, () -> starts.scan(gxq, KIOSK, code, Instant.now())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixtures.as("manager", () -> starts.scan(gxq, KIOSK, code, Instant.now())))
                .isInstanceOf(AccessDeniedException.class);
    }

    private StaffStartResult scan(String scanned) {
        return fixtures.asKiosk(gxq, () -> starts.scan(gxq, KIOSK, scanned, Instant.now()));
    }
}
