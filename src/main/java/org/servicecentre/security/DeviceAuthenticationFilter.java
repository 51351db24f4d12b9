package org.servicecentre.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates a paired device on each request from its token: the {@code Authorization: Device <token>} header
 * (API) or the HttpOnly {@code sc-kiosk} cookie (kiosk screens). The authentication is never saved in a session, so
 * revoking a device takes effect on its next request. A signed-in person in the same browser keeps precedence.
 */
class DeviceAuthenticationFilter extends OncePerRequestFilter {

    /** The cookie the pairing page sets on the kiosk's browser. */
    static final String COOKIE = DeviceCookie.NAME;
    private static final String SCHEME = "Device ";

    private final ObjectProvider<DeviceAuthenticator> authenticators;
    private final boolean readCookie;

    DeviceAuthenticationFilter(ObjectProvider<DeviceAuthenticator> authenticators, boolean readCookie) {
        this.authenticators = authenticators;
        this.readCookie = readCookie;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var current = SecurityContextHolder.getContext().getAuthentication();
        boolean wasDevice = current != null && current.getPrincipal() instanceof DevicePrincipal;
        if (current == null || current instanceof AnonymousAuthenticationToken || wasDevice) {
            // a device is checked afresh on every request, even if something kept its authentication around
            var device = presentedToken(request).flatMap(this::authenticate);
            if (device.isPresent()) {
                var context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(device.get(), null,
                        List.of(new SimpleGrantedAuthority(Role.KIOSK.authority()))));
                SecurityContextHolder.setContext(context);
            } else if (wasDevice) {
                SecurityContextHolder.clearContext();
            }
        }
        chain.doFilter(request, response);
    }

    private Optional<DevicePrincipal> authenticate(String token) {
        return authenticators.orderedStream().map(a -> a.authenticate(token)).flatMap(Optional::stream).findFirst();
    }

    private Optional<String> presentedToken(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return Optional.of(header.substring(SCHEME.length()).trim()).filter(t -> !t.isEmpty());
        }
        if (readCookie && request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (COOKIE.equals(cookie.getName()) && !cookie.getValue().isBlank()) {
                    return Optional.of(cookie.getValue());
                }
            }
        }
        return Optional.empty();
    }
}
