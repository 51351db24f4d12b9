package org.servicecentre.programme;

/** Where a ticket-signing key is in its life: it signs, then only verifies, then is retired and verifies nothing. */
public enum TicketKeyState {
    /** Signs new tickets (and verifies them). There is one active key. */
    ACTIVE,
    /** Replaced by a newer key; still verifies the tickets it signed. */
    VERIFY_ONLY,
    /** Its private half is gone; tickets it signed are answered with {@link TicketOutcome#UNKNOWN_KEY}. */
    RETIRED
}
