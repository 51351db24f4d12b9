package org.servicecentre.centre;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.servicecentre.organisation.OrganisationDraft;
import org.servicecentre.security.AccountDraft;

/** Codes and usernames are stored in one case, so the database's unique constraints hold whatever the case typed. */
class CodesUnitTest {

    @Test
    void codesAreTrimmedAndUpperCased() {
        var centre = new CentreDraft();
        centre.setCode(" kjy-2 ");
        var region = new RegionDraft();
        region.setCode("sz-ns");
        var organisation = new OrganisationDraft();
        organisation.setCode("Qihang");

        assertThat(centre.getCode()).isEqualTo("KJY-2");
        assertThat(region.getCode()).isEqualTo("SZ-NS");
        assertThat(organisation.getCode()).isEqualTo("QIHANG");
    }

    @Test
    void usernamesAreTrimmedAndLowerCased() {
        var account = new AccountDraft();
        account.setUsername(" Wang.Fang ");

        assertThat(account.getUsername()).isEqualTo("wang.fang");
    }
}
