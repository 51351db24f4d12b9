package org.servicecentre.checkin;

/**
 * What the entrance answers a scan with, big and unmistakable: checked in; already checked in (and when); checked out
 * on leaving (where the kiosk's profile turns check-out on), or already; a personal card whose holder chooses among
 * today's sessions here, or has none (then the walk-in choices); not today; another centre (which); expired; not
 * valid (forged, altered, unknown, cancelled or not a ticket at all).
 */
public enum KioskOutcome {
    CHECKED_IN, ALREADY_CHECKED_IN, CHECKED_OUT, ALREADY_CHECKED_OUT, CHOOSE_SESSION, NO_SESSION_TODAY, NOT_TODAY,
    OTHER_CENTRE, EXPIRED, NOT_VALID;

    public boolean welcome() {
        return this == CHECKED_IN || this == ALREADY_CHECKED_IN;
    }

    /** A resident on their way out: thanked, and asked how it was where the kiosk collects feedback. */
    public boolean goodbye() {
        return this == CHECKED_OUT || this == ALREADY_CHECKED_OUT;
    }
}
