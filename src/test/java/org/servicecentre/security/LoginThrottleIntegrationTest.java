package org.servicecentre.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;
import org.servicecentre.ServiceCentreTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** Sign-in through the real authentication manager: limits per account and per client address. */
@ServiceCentreTest
class LoginThrottleIntegrationTest {

    @Autowired
    AuthenticationManager authentication;

    @Autowired
    AccountService accounts;

    @Test
    void locksAnAccountAfterFiveFailuresEvenForTheRightPassword() {
        String username = newAccount("throttle-account");

        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> signIn(username, "wrong-password", "10.0.0.1"))
                    .isInstanceOf(BadCredentialsException.class);
        }

        assertThatThrownBy(() -> signIn(username, "correct-horse", "10.0.0.2"))
                .isInstanceOf(LoginBlockedException.class);
    }

    @Test
    void locksAClientAddressAfterTwentyFailuresAcrossAccounts() {
        String username = newAccount("throttle-address");
        String address = "192.0.2.77";

        for (int i = 0; i < 20; i++) {
            String unknown = "nobody-" + i;
            assertThatThrownBy(() -> signIn(unknown, "whatever1", address))
                    .isInstanceOf(BadCredentialsException.class);
        }

        assertThatThrownBy(() -> signIn(username, "correct-horse", address))
                .isInstanceOf(LoginBlockedException.class);
        assertThat(signIn(username, "correct-horse", "192.0.2.78").isAuthenticated()).isTrue();
    }

    @Test
    void aSuccessfulSignInClearsTheAccountsFailures() {
        String username = newAccount("throttle-reset");
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> signIn(username, "wrong-password", "10.1.0.1"))
                    .isInstanceOf(BadCredentialsException.class);
        }
        signIn(username, "correct-horse", "10.1.0.1");

        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> signIn(username, "wrong-password", "10.1.0.1"))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThat(signIn(username, "correct-horse", "10.1.0.1").isAuthenticated()).isTrue();
    }

    @Test
    void refusesADisabledAccount() {
        String username = newAccount("throttle-disabled");
        long id = SystemAuthentication.asSystem(() -> accounts.list(username, null, 0, 1).getFirst().id());
        SystemAuthentication.asSystem(() -> accounts.disable(id));

        assertThatThrownBy(() -> signIn(username, "correct-horse", "10.2.0.1"))
                .isInstanceOf(org.springframework.security.authentication.DisabledException.class);
    }

    private org.springframework.security.core.Authentication signIn(String username, String password, String address) {
        var token = UsernamePasswordAuthenticationToken.unauthenticated(username, password);
        token.setDetails(new WebAuthenticationDetails(requestFrom(address)));
        return authentication.authenticate(token);
    }

    private static HttpServletRequest requestFrom(String address) {
        var request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        return request;
    }

    private String newAccount(String prefix) {
        String username = prefix + "-" + System.nanoTime();
        var draft = new AccountDraft();
        draft.setUsername(username);
        draft.setDisplayName("测试用户");
        draft.setRole(Role.ADMIN);
        SystemAuthentication.asSystem(() -> accounts.create(draft, "correct-horse"));
        return username;
    }
}
