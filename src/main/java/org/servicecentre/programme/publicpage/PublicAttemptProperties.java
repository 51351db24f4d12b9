package org.servicecentre.programme.publicpage;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits on self-registrations per client address ({@code servicecentre.public.*}): after {@code challengeAfter}
 * registrations within {@code window} a small sum must be solved first, after {@code refuseAfter} none are taken until
 * the window ends. {@code addressKey} keys the hash that stands for an address: set a secret of your own, the same
 * on every node.
 */
@ConfigurationProperties("servicecentre.public")
public record PublicAttemptProperties(Integer challengeAfter, Integer refuseAfter, Duration window,
                                      String addressKey) {

    public PublicAttemptProperties {
        challengeAfter = challengeAfter == null ? 5 : challengeAfter;
        refuseAfter = refuseAfter == null ? 30 : refuseAfter;
        window = window == null ? Duration.ofHours(1) : window;
        addressKey = addressKey == null || addressKey.isBlank() ? "service-centre-public-pages" : addressKey;
    }
}
