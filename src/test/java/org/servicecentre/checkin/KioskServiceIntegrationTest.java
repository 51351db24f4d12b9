package org.servicecentre.checkin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.servicecentre.ServiceCentreTest;
import org.servicecentre.centre.CentreService;
import org.servicecentre.security.SystemAuthentication;
import org.servicecentre.shared.DomainException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

@ServiceCentreTest
class KioskServiceIntegrationTest {

    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    @Autowired
    KioskService kiosks;

    @Autowired
    CentreService centres;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithUserDetails("manager")
    void refusesAManagerTheKiosksOfAnotherCentre() {
        long nantou = idOf("NTC");

        assertThatThrownBy(() -> kiosks.create(nantou, new KioskDraft(uniqueCode(), "入口")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> kiosks.list(nantou)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("ngo")
    void refusesStaffWhoKeepNoCentre() {
        assertThatThrownBy(() -> kiosks.list(null)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("manager")
    void aPairingCodePairsOneDeviceOnce() {
        var pairing = kiosks.create(idOf("KJY"), new KioskDraft(uniqueCode(), "入口大厅"));

        var paired = kiosks.pair(pairing.code(), newAddress());

        assertThat(pairing.code()).matches("[0-9]{8}");
        assertThat(paired.token()).startsWith("kd_").hasSizeGreaterThanOrEqualTo(3 + 43);
        assertThat(kiosks.authenticate(paired.token())).hasValueSatisfying(d -> assertThat(d.code())
                .isEqualTo(pairing.kiosk().code()));
        assertThat(stateOf(pairing)).isEqualTo(KioskState.PAIRED);
        assertThatThrownBy(() -> kiosks.pair(pairing.code(), newAddress()))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("KIOSK_PAIRING_CODE_INVALID"));
    }

    @Test
    @WithUserDetails("manager")
    void refusesAnExpiredPairingCode() {
        var pairing = kiosks.create(idOf("KJY"), new KioskDraft(uniqueCode(), "入口大厅"));
        jdbc.update("update kiosk_device set pairing_expires_at = ? where id = ?",
                Timestamp.from(Instant.now().minusSeconds(1)), pairing.kiosk().id());

        assertThatThrownBy(() -> kiosks.pair(pairing.code(), newAddress()))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("KIOSK_PAIRING_CODE_EXPIRED"));
        assertThat(stateOf(pairing)).isEqualTo(KioskState.PAIRING_EXPIRED);
    }

    @Test
    @WithUserDetails("manager")
    void aRevokedKioskIsNoLongerRecognised() {
        var pairing = kiosks.create(idOf("GXQ"), new KioskDraft(uniqueCode(), "二楼"));
        var paired = kiosks.pair(pairing.code(), newAddress());

        kiosks.revoke(pairing.kiosk().id());

        assertThat(kiosks.authenticate(paired.token())).isEmpty();
        assertThat(stateOf(pairing)).isEqualTo(KioskState.REVOKED);
    }

    @Test
    @WithUserDetails("manager")
    void aNewPairingCodeDisconnectsTheDeviceInUse() {
        var pairing = kiosks.create(idOf("KJY"), new KioskDraft(uniqueCode(), "入口大厅"));
        var first = kiosks.pair(pairing.code(), newAddress());

        var again = kiosks.newPairingCode(pairing.kiosk().id());

        assertThat(kiosks.authenticate(first.token())).isEmpty();
        assertThat(stateOf(pairing)).isEqualTo(KioskState.AWAITING_PAIRING);
        var second = kiosks.pair(again.code(), newAddress());
        assertThat(kiosks.authenticate(second.token())).isPresent();
    }

    @Test
    @WithUserDetails("manager")
    void refusesEvenTheRightCodeAfterTooManyWrongOnesFromOneAddress() {
        var pairing = kiosks.create(idOf("KJY"), new KioskDraft(uniqueCode(), "入口大厅"));
        String address = newAddress();
        String wrong = pairing.code().equals("00000000") ? "00000001" : "00000000";
        for (int i = 0; i < 10; i++) {
            assertThatThrownBy(() -> kiosks.pair(wrong, address)).isInstanceOf(DomainException.class);
        }

        assertThatThrownBy(() -> kiosks.pair(pairing.code(), address))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("KIOSK_PAIRING_BLOCKED"));
        assertThat(kiosks.pair(pairing.code(), newAddress()).token()).startsWith("kd_");
    }

    @Test
    @WithUserDetails("manager")
    void refusesADuplicateKioskCode() {
        String code = uniqueCode();
        kiosks.create(idOf("KJY"), new KioskDraft(code, "入口大厅"));

        assertThatThrownBy(() -> kiosks.create(idOf("GXQ"), new KioskDraft(code.toLowerCase(), "别的")))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("KIOSK_CODE_TAKEN"));
    }

    private KioskState stateOf(PairingCode pairing) {
        return kiosks.list(pairing.kiosk().centreId()).stream().filter(k -> k.id() == pairing.kiosk().id())
                .findFirst().orElseThrow().state();
    }

    private long idOf(String code) {
        return SystemAuthentication.asSystem(() -> centres.getByCode(code).id());
    }

    static String uniqueCode() {
        return "T-" + Long.toString(System.nanoTime(), 36).toUpperCase();
    }

    private static String newAddress() {
        return "192.0.2." + ADDRESSES.incrementAndGet() + "." + System.nanoTime();
    }
}
