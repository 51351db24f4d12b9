package org.servicecentre.security;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in account as Spring Security holds it in the session; scope is re-read on every service call. */
final class AccountPrincipal implements UserDetails {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long userId;
    private final String username;
    private final String passwordHash;
    private final Role role;
    private final boolean enabled;

    AccountPrincipal(UserAccount account) {
        this.userId = account.id();
        this.username = account.username();
        this.passwordHash = account.passwordHash();
        this.role = account.role();
        this.enabled = account.enabled();
    }

    long userId() {
        return userId;
    }

    /** Whether the account still grants what this principal was signed in with. */
    boolean stillMatches(UserAccount account) {
        return account != null && account.enabled() && account.role() == role
                && account.passwordHash().equals(passwordHash);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }
}
