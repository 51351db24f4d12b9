package org.servicecentre.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which scanned text the kiosk treats as a staff code rather than a ticket or card. */
class StaffCodesUnitTest {

    @Test
    void recognisesStaffCodesTypedAnyWayAScannerMightAndNothingElse() {
        assertThat(StaffCodes.looksLike("scs_abcdefghijklmnopqrstuvwxyz234567")).isTrue();
        assertThat(StaffCodes.looksLike("  SCS_ABCDEFGHIJKLMNOPQRSTUVWXYZ234567\r\n")).isTrue();
        assertThat(StaffCodes.looksLike("scs_mistyped")).isTrue();

        assertThat(StaffCodes.looksLike("SC1.eyJ0aWNrZXQiOjF9.c2ln")).isFalse();
        assertThat(StaffCodes.looksLike("sc_an-api-token")).isFalse();
        assertThat(StaffCodes.looksLike("kd_demo-kiosk-kjy-entrance")).isFalse();
        assertThat(StaffCodes.looksLike("")).isFalse();
        assertThat(StaffCodes.looksLike(null)).isFalse();
        assertThat(StaffCodes.looksLike("scs_" + "x".repeat(200))).isFalse();
    }

    @Test
    void onlyStaffRolesHoldACode() {
        assertThat(StaffCodes.mayHoldOne(Role.NGO_STAFF)).isTrue();
        assertThat(StaffCodes.mayHoldOne(Role.CENTRE_MANAGER)).isTrue();
        assertThat(StaffCodes.mayHoldOne(Role.ADMIN)).isTrue();
        assertThat(StaffCodes.mayHoldOne(Role.REGION_OFFICER)).isFalse();
        assertThat(StaffCodes.mayHoldOne(Role.KIOSK)).isFalse();
    }
}
