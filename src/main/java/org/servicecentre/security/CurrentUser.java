package org.servicecentre.security;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The caller's scope, read fresh from the database on each call so that a disabled account or a changed
 * scope takes effect at once, on every node, without waiting for the session to end.
 */
@Component
public class CurrentUser {

    private static final Scope SYSTEM_SCOPE = new Scope(0, SystemAuthentication.SYSTEM, SystemAuthentication.SYSTEM,
            Role.ADMIN, null, null, java.util.Set.of(), org.servicecentre.shared.Languages.CHINESE);

    private static final String SCOPE_ATTRIBUTE = CurrentUser.class.getName() + ".scope.";
    private static final int REQUEST = org.springframework.web.context.request.RequestAttributes.SCOPE_REQUEST;

    private final UserAccounts accounts;

    CurrentUser(UserAccounts accounts) {
        this.accounts = accounts;
    }

    /** The caller's scope; refuses callers that are not signed in or whose account was disabled. */
    @Transactional(readOnly = true)
    public Scope scope() {
        return find().orElseThrow(() -> new AccessDeniedException("not signed in"));
    }

    /** The paired device making this request, if the caller is a kiosk rather than a person. */
    public Optional<DevicePrincipal> device() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof DevicePrincipal device
                ? Optional.of(device) : Optional.empty();
    }

    @Transactional(readOnly = true)
    public Optional<Scope> find() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return Optional.empty();
        }
        if (SystemAuthentication.SYSTEM.equals(authentication.getPrincipal())) {
            return Optional.of(SYSTEM_SCOPE);
        }
        if (authentication.getPrincipal() instanceof DevicePrincipal device) {
            return Optional.of(new Scope(0, device.code(), device.name(), Role.KIOSK, null, null,
                    java.util.Set.of(device.centreId()), org.servicecentre.shared.Languages.CHINESE));
        }
        if (!(authentication.getPrincipal() instanceof AccountPrincipal principal)) {
            return Optional.empty();
        }
        // one account read per HTTP request, however many services ask; a request is short enough that a
        // disabled account is noticed on the next one
        var request = org.springframework.web.context.request.RequestContextHolder.getRequestAttributes();
        String key = SCOPE_ATTRIBUTE + principal.userId();
        if (request != null && request.getAttribute(key, REQUEST) instanceof Scope cached) {
            return Optional.of(cached);
        }
        var scope = accounts.findById(principal.userId()).filter(UserAccount::enabled).map(UserAccount::scope);
        if (request != null && scope.isPresent()) {
            request.setAttribute(key, scope.get(), REQUEST);
        }
        return scope;
    }
}
