package org.servicecentre.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.servicecentre.ServiceCentreTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@ServiceCentreTest
class ApiTokenAuthenticationIntegrationTest {

    @Autowired
    ApiTokenService tokens;

    @Test
    @WithUserDetails("ngo")
    void aTokenAuthenticatesItsOwnerOnlyUntilRevoked() {
        var issued = tokens.create("integration test " + System.nanoTime(), Duration.ofDays(30));

        var before = tokens.authenticate(issued.token());
        tokens.revoke(issued.summary().id());
        var after = tokens.authenticate(issued.token());

        assertThat(before).map(AccountPrincipal::getUsername).contains("ngo");
        assertThat(after).isEmpty();
    }

    @Test
    @WithUserDetails("ngo")
    void refusesATokenThatWasNeverIssued() {
        tokens.create("integration test " + System.nanoTime(), null);

        assertThat(tokens.authenticate("sc_not-a-real-token")).isEmpty();
    }
}
