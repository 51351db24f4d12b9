package org.servicecentre.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.servicecentre.ServiceCentreTest;
import org.servicecentre.shared.DomainException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** What happens to sessions and tokens when an admin changes an account. */
@ServiceCentreTest
class AccountChangesIntegrationTest {

    @Autowired
    AccountService accounts;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    UserAccounts userAccounts;

    @Test
    void aPasswordResetRevokesTheAccountsTokens() {
        var account = newStaff("reset");
        var issued = SystemAuthentication.asSystem(() -> tokens.issue(account.id(), "script", Duration.ofDays(30)));
        assertThat(tokens.authenticate(issued.token())).isPresent();

        SystemAuthentication.asSystem(() -> accounts.resetPassword(account.id()));

        assertThat(tokens.authenticate(issued.token())).isEmpty();
    }

    @Test
    void aSessionEndsAtItsNextRequestOnceItsAccountIsDisabledOrReset() throws Exception {
        var disabled = newStaff("disabled");
        var reset = newStaff("reset-session");
        var untouched = newStaff("untouched");
        var check = new SignedInAccountCheck(userAccounts);

        SystemAuthentication.asSystem(() -> accounts.disable(disabled.id()));
        SystemAuthentication.asSystem(() -> accounts.resetPassword(reset.id()));

        assertThat(survivesRequest(check, disabled)).as("disabled account's session").isFalse();
        assertThat(survivesRequest(check, reset)).as("reset account's session").isFalse();
        assertThat(survivesRequest(check, untouched)).as("untouched account's session").isTrue();
    }

    @Test
    void refusesAPasswordLongerThanBcryptReads() {
        var draft = draft("long-password");

        assertThatThrownBy(() -> SystemAuthentication.asSystem(() -> accounts.create(draft, "密码".repeat(13))))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("PASSWORD_TOO_LONG"));
    }

    /** Runs one request, signed in as the account was at creation, through the check. */
    private boolean survivesRequest(SignedInAccountCheck check, AccountSummary account) throws Exception {
        var principal = principalsAtSignIn.get(account.id());
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        var request = new MockHttpServletRequest();
        request.getSession(true);
        try {
            check.doFilter(request, new MockHttpServletResponse(), new MockFilterChain());
            return SecurityContextHolder.getContext().getAuthentication() != null;
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private final Map<Long, AccountPrincipal> principalsAtSignIn = new HashMap<>();

    private AccountSummary newStaff(String name) {
        var created = SystemAuthentication.asSystem(() -> accounts.create(draft(name), "initial-pass"));
        principalsAtSignIn.put(created.id(), new AccountPrincipal(userAccounts.findById(created.id()).orElseThrow()));
        return created;
    }

    private static AccountDraft draft(String name) {
        var draft = new AccountDraft();
        draft.setUsername("changes-" + name + "-" + System.nanoTime());
        draft.setDisplayName("变更测试");
        draft.setRole(Role.ADMIN);
        return draft;
    }
}
