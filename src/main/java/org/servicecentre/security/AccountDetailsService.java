package org.servicecentre.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads accounts for the sign-in form and the token endpoint. */
@Service
class AccountDetailsService implements UserDetailsService {

    private static final java.util.regex.Pattern USERNAME = java.util.regex.Pattern.compile("[a-zA-Z0-9._-]{1,64}");

    private final UserAccounts accounts;

    AccountDetailsService(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        String typed = username.trim();
        // usernames are plain ASCII; anything else (e.g. a dotless ı that the database would upper-case to I)
        // must not reach an account under a different throttle key
        if (!USERNAME.matcher(typed).matches()) {
            throw new UsernameNotFoundException("not a username");
        }
        return accounts.findByUsernameIgnoreCase(typed)
                .map(AccountPrincipal::new)
                .orElseThrow(() -> new UsernameNotFoundException("unknown account"));
    }
}
