package org.servicecentre.programme;

/** The answer to a scanned ticket, each with its own text ({@code ticket.outcome.<lower-kebab>}). */
public enum TicketOutcome {
    /** Genuine, in date, not revoked, and (for a registration) for a session today at this centre. */
    VALID,
    /** Not a ticket at all: another code, a cut-off scan, garbage. */
    MALFORMED,
    /** Shaped like a ticket, but the signature does not match: altered or made up. */
    FORGED,
    /** Signed by a key this installation does not know, or one that has been retired. */
    UNKNOWN_KEY,
    /** Genuine but past its expiry. */
    EXPIRED,
    /** Genuine, but the registration was cancelled (or the card withdrawn), or no longer exists. */
    REVOKED,
    /** Genuine, but none of its sessions is today. */
    WRONG_DAY,
    /** Genuine and for today, but at another centre. */
    WRONG_CENTRE;

    /** The translation key of the outcome's text, e.g. {@code ticket.outcome.unknown-key}. */
    public String translationKey() {
        return "ticket.outcome." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
