package org.servicecentre.security;

import java.time.Clock;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.transaction.support.TransactionTemplate;

/** Password sign-in guarded by {@link LoginThrottle}: blocked keys are refused before the password is checked. */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final UserAccounts accounts;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ThrottledAuthenticationProvider(DaoAuthenticationProvider passwords, LoginThrottle throttle, UserAccounts accounts,
                                    TransactionTemplate transactions, Clock clock) {
        this.passwords = passwords;
        this.throttle = throttle;
        this.accounts = accounts;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        String address = addressOf(authentication);
        throttle.admit(username, address);
        var result = passwords.authenticate(authentication);
        throttle.succeeded(username, address);
        markSignedIn(((AccountPrincipal) result.getPrincipal()).userId());
        return result;
    }

    private void markSignedIn(long userId) {
        transactions.executeWithoutResult(tx -> accounts.findById(userId).ifPresent(a -> a.signedIn(clock.instant())));
    }

    static String addressOf(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
