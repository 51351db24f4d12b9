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
            assertThatThrownBy(() -> signIn(username, "wrong-password", address("a")))
                    .isInstanceOf(BadCredentialsException.class);
        }

        assertThatThrownBy(() -> signIn(username, "correct-horse", address("b")))
                .isInstanceOf(LoginBlockedException.class);
    }

    @Test
    void locksAClientAddressAfterTwentyFailuresAcrossAccounts() {
        String username = newAccount("throttle-address");
        String address = address("f");

        for (int i = 0; i < 20; i++) {
            String unknown = "nobody-" + i;
            assertThatThrownBy(() -> signIn(unknown, "whatever1", address))
                    .isInstanceOf(BadCredentialsException.class);
        }

        assertThatThrownBy(() -> signIn(username, "correct-horse", address))
                .isInstanceOf(LoginBlockedException.class);
        assertThat(signIn(username, "correct-horse", address("e")).isAuthenticated()).isTrue();
    }

    @Test
    void aSuccessfulSignInClearsTheAccountsFailures() {
        String username = newAccount("throttle-reset");
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> signIn(username, "wrong-password", address("c")))
                    .isInstanceOf(BadCredentialsException.class);
        }
        signIn(username, "correct-horse", address("c"));

        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> signIn(username, "wrong-password", address("c")))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThat(signIn(username, "correct-horse", address("c")).isAuthenticated()).isTrue();
    }

    @Test
    void refusesADisabledAccount() {
        String username = newAccount("throttle-disabled");
        long id = SystemAuthentication.asSystem(() -> accounts.list(username, null, 0, 1).getFirst().id());
        SystemAuthentication.asSystem(() -> accounts.disable(id));

        assertThatThrownBy(() -> signIn(username, "correct-horse", address("d")))
                .isInstanceOf(org.springframework.security.authentication.DisabledException.class);
    }

    private org.springframework.security.core.Authentication signIn(String username, String password, String address) {
        var token = UsernamePasswordAuthenticationToken.unauthenticated(username, password);
        token.setDetails(new WebAuthenticationDetails(requestFrom(address)));
        return authentication.authenticate(token);
    }

    /** A client address no other test uses, so counts from other tests sharing the context cannot interfere. */
    private static String address(String name) {
        return "throttle-test-" + name + "-" + System.nanoTime();
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
