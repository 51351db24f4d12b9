package org.servicecentre.security;

import java.time.Instant;
import org.springframework.security.core.AuthenticationException;

/** Sign-in refused without checking the password, because of too many recent failures. */
public class LoginBlockedException extends AuthenticationException {

    private final Instant until;

    LoginBlockedException(Instant until) {
        super("too many failed sign-ins");
        this.until = until;
    }

    public Instant until() {
        return until;
    }
}
