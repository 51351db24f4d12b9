package org.servicecentre.checkin;

import java.time.Instant;
import java.util.List;
import org.servicecentre.programme.SessionSummary;

/**
 * The answer to one scan: the outcome; the resident's masked name (never more); the session checked in to, and when;
 * for a personal card, today's sessions here to choose from; for another centre its name; for another day the next
 * session's start. A resent scan (same kiosk and nonce) gets the same answer with {@code repeated} set.
 */
public record ScanResult(KioskOutcome outcome, String maskedName, SessionSummary session, Instant checkedInAt,
                         List<SessionSummary> choices, String otherCentre, Instant nextSessionStart, Long checkInId,
                         boolean repeated) {

    public ScanResult {
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    static ScanResult of(KioskOutcome outcome) {
        return new ScanResult(outcome, null, null, null, List.of(), null, null, null, false);
    }

    ScanResult asRepeat() {
        return new ScanResult(outcome, maskedName, session, checkedInAt, choices, otherCentre, nextSessionStart,
                checkInId, true);
    }
}
