package org.servicecentre.programme;

import java.time.Instant;
import org.springframework.context.ApplicationContext;

/** Tickets that are refused before anyone's registration is looked up, for tests outside this package. */
public final class TicketTestTokens {

    private static final Instant FAR_AHEAD = Instant.parse("2099-01-01T00:00:00Z");

    private TicketTestTokens() {
    }

    /** Well formed, but signed under a key id this installation never had. */
    public static String signedUnderAnUnknownKey() {
        return signedByAStranger(99_999);
    }

    /** Well formed and naming the key that signs today, but signed by another key. */
    public static String forgedUnderTheSigningKey(ApplicationContext context) {
        return signedByAStranger(context.getBean(TicketKeyRing.class).signingKey().id());
    }

    private static String signedByAStranger(int keyId) {
        byte[] payload = TicketCodec.payload(new TicketToken(keyId, TicketSubject.REGISTRATION, 1, 1, 1, FAR_AHEAD));
        return TicketCodec.encode(payload, TicketSignatures.sign(TicketSignatures.generate().getPrivate(), payload));
    }
}
