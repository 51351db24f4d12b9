package org.servicecentre.checkin;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.servicecentre.programme.SessionSummary;

/**
 * The answer to one scan: the outcome; the resident's masked name (never more); the session checked in to (or out
 * of), and when; for a personal card, today's sessions here to choose from; for another centre its name; for another
 * day the next session's start; on leaving, when the visit was closed. A resent scan (same kiosk and nonce) gets the
 * same answer with {@code repeated} set.
 */
public record ScanResult(KioskOutcome outcome, String maskedName, SessionSummary session, Instant checkedInAt,
                         List<SessionSummary> choices, String otherCentre, Instant nextSessionStart, Long checkInId,
                         boolean repeated, Instant checkedOutAt) {

    public ScanResult {
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    public static ScanResult of(KioskOutcome outcome) {
        return new ScanResult(outcome, null, null, null, List.of(), null, null, null, false, null);
    }

    /** Checked in now, or seen before at {@code at} ({@link KioskOutcome#ALREADY_CHECKED_IN}). */
    static ScanResult visit(KioskOutcome outcome, String maskedName, SessionSummary session, Instant at) {
        return new ScanResult(outcome, maskedName, session, at, List.of(), null, null, null, false, null);
    }

    /** A visit closed on leaving (now, or before: {@link KioskOutcome#ALREADY_CHECKED_OUT}). */
    static ScanResult leaving(KioskOutcome outcome, String maskedName, SessionSummary session, Instant in,
                              Instant out) {
        return new ScanResult(outcome, maskedName, session, in, List.of(), null, null, null, false, out);
    }

    static ScanResult card(KioskOutcome outcome, String maskedName, List<SessionSummary> choices) {
        return new ScanResult(outcome, maskedName, null, null, choices, null, null, null, false, null);
    }

    static ScanResult notToday(Instant nextSessionStart) {
        return new ScanResult(KioskOutcome.NOT_TODAY, null, null, null, List.of(), null, nextSessionStart, null,
                false, null);
    }

    static ScanResult otherCentre(String centreName) {
        return new ScanResult(KioskOutcome.OTHER_CENTRE, null, null, null, List.of(), centreName, null, null, false,
                null);
    }

    /** How long the visit lasted, when it was closed. */
    public Duration stayed() {
        return checkedInAt == null || checkedOutAt == null ? null : Duration.between(checkedInAt, checkedOutAt);
    }

    ScanResult kept(long id) {
        return new ScanResult(outcome, maskedName, session, checkedInAt, choices, otherCentre, nextSessionStart, id,
                repeated, checkedOutAt);
    }

    ScanResult asRepeat() {
        return new ScanResult(outcome, maskedName, session, checkedInAt, choices, otherCentre, nextSessionStart,
                checkInId, true, checkedOutAt);
    }
}
