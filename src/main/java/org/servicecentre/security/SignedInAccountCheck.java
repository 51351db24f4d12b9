package org.servicecentre.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a signed-in session as soon as its account was disabled, given another role, or had its password changed
 * elsewhere (a reset by an admin), so no session keeps rights its account no longer has. Runs on every request of
 * the UI; one primary-key read, valid across all app nodes.
 */
class SignedInAccountCheck extends OncePerRequestFilter {

    private final UserAccounts accounts;

    SignedInAccountCheck(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal
                && !principal.stillMatches(accounts.findById(principal.userId()).orElse(null))) {
            SecurityContextHolder.clearContext();
            var session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
        }
        chain.doFilter(request, response);
    }
}
