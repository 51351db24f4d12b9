package org.servicecentre.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Limits on failed sign-ins, per account and per client address ({@code servicecentre.login.*}). */
@ConfigurationProperties("servicecentre.login")
record LoginProtectionProperties(Integer maxFailuresPerAccount, Integer maxFailuresPerAddress, Duration window,
                                 Duration lockout) {

    LoginProtectionProperties {
        maxFailuresPerAccount = maxFailuresPerAccount == null ? 5 : maxFailuresPerAccount;
        maxFailuresPerAddress = maxFailuresPerAddress == null ? 20 : maxFailuresPerAddress;
        window = window == null ? Duration.ofMinutes(15) : window;
        lockout = lockout == null ? Duration.ofMinutes(15) : lockout;
    }
}
