package org.servicecentre.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.servicecentre.ServiceCentreTest;
import org.servicecentre.booking.BookingStartFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** Personal staff codes: made by their holder, stored only as a hash, useless once renewed, revoked or disabled. */
@ServiceCentreTest
class StaffCodesIntegrationTest {

    @Autowired
    StaffCodes codes;

    @Autowired
    AccountService accounts;

    @Autowired
    BookingStartFixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    private long organisation;
    private long gxq;
    private String worker;

    @BeforeEach
    void aSocialWorker() {
        organisation = fixtures.organisation();
        gxq = fixtures.centre("GXQ");
        worker = fixtures.account(Role.NGO_STAFF, "郑社工", organisation, Set.of());
    }

    @Test
    void aNewCodeIsShownOnceAndOnlyItsHashIsKept() {
        var issued = fixtures.as(worker, codes::issue);

        assertThat(issued.code()).startsWith("scs_").hasSize(36).matches("scs_[a-z2-7]{32}");
        assertThat(issued.toString()).doesNotContain(issued.code());
        var row = jdbc.queryForMap("select * from staff_code where user_account_id = ?", fixtures.userId(worker));
        assertThat(row.values()).noneMatch(value -> value != null && value.toString().contains(issued.code()));
        assertThat(row.get("CODE_HASH")).isEqualTo(ApiTokenService.hash(issued.code()));
        assertThat(row.get("CODE_HINT")).isEqualTo(issued.code().substring(0, 8));
        assertThat(fixtures.as(worker, codes::mine)).hasValueSatisfying(mine -> {
            assertThat(mine.hint()).isEqualTo(issued.code().substring(0, 8));
            assertThat(mine.lastUsedAt()).isNull();
        });
    }

    @Test
    void aKioskRecognisesTheHolderAsTheirAccountIsNowAndNotesTheUse() {
        var issued = fixtures.as(worker, codes::issue);

        var member = atKiosk(() -> codes.identify(issued.code()));
        var typedWithCapsLock = atKiosk(() -> codes.identify("  " + issued.code().toUpperCase(Locale.ROOT) + "\n"));

        assertThat(member).hasValueSatisfying(m -> {
            assertThat(m.displayName()).isEqualTo("郑社工");
            assertThat(m.role()).isEqualTo(Role.NGO_STAFF);
            assertThat(m.organisationId()).isEqualTo(organisation);
            assertThat(m.userId()).isEqualTo(fixtures.userId(worker));
        });
        assertThat(typedWithCapsLock).isEqualTo(member);
        assertThat(fixtures.as(worker, codes::mine).orElseThrow().lastUsedAt()).isNotNull();
    }

    @Test
    void aRenewedCodeReplacesTheOldOneAtOnce() {
        var old = fixtures.as(worker, codes::issue);

        var renewed = fixtures.as(worker, codes::issue);

        assertThat(renewed.code()).isNotEqualTo(old.code());
        assertThat(atKiosk(() -> codes.identify(old.code()))).isEmpty();
        assertThat(atKiosk(() -> codes.identify(renewed.code()))).isPresent();
        assertThat(jdbc.queryForObject("select count(*) from staff_code where user_account_id = ?", Long.class,
                fixtures.userId(worker))).isEqualTo(1);
    }

    @Test
    void aRevokedCodeIsRefusedAndTheProfileShowsNone() {
        var issued = fixtures.as(worker, codes::issue);

        fixtures.as(worker, () -> {
            codes.revoke();
            return null;
        });

        assertThat(atKiosk(() -> codes.identify(issued.code()))).isEmpty();
        assertThat(fixtures.as(worker, codes::mine)).isEmpty();
    }

    @Test
    void disablingTheAccountMakesItsCodeUselessAndAPasswordResetRevokesIt() {
        var issued = fixtures.as(worker, codes::issue);
        long id = fixtures.userId(worker);

        SystemAuthentication.asSystem(() -> accounts.disable(id));
        var whileDisabled = atKiosk(() -> codes.identify(issued.code()));
        SystemAuthentication.asSystem(() -> accounts.enable(id));
        var enabledAgain = atKiosk(() -> codes.identify(issued.code()));
        SystemAuthentication.asSystem(() -> accounts.resetPassword(id));
        var afterReset = atKiosk(() -> codes.identify(issued.code()));

        assertThat(whileDisabled).isEmpty();
        assertThat(enabledAgain).isPresent();
        assertThat(afterReset).isEmpty();
    }

    @Test
    void managersAndAdminsMayHoldOneOfficersMayNot() {
        var manager = fixtures.account(Role.CENTRE_MANAGER, "钱主任", null, Set.of(gxq));

        var managerCode = fixtures.as(manager, codes::issue);

        assertThat(atKiosk(() -> codes.identify(managerCode.code()))).hasValueSatisfying(m ->
                assertThat(m.centreIds()).containsExactly(gxq));
        assertThatThrownBy(() -> fixtures.as("officer", codes::issue)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void onlyAKioskMayAskWhoACodeBelongsTo() {
        var issued = fixtures.as(worker, codes::issue);

        assertThatThrownBy(() -> fixtures.as("admin", () -> codes.identify(issued.code())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(atKiosk(() -> codes.identify("scs_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"))).isEmpty();
        assertThat(atKiosk(() -> codes.identify("SC1.a-ticket"))).isEmpty();
    }

    private <T> T atKiosk(java.util.function.Supplier<T> call) {
        return fixtures.asKiosk(gxq, call);
    }
}
