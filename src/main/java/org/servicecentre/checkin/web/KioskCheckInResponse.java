package org.servicecentre.checkin.web;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.servicecentre.checkin.KioskOutcome;
import org.servicecentre.checkin.ScanResult;
import org.servicecentre.programme.SessionSummary;

/** What the kiosk shows: the outcome and its text, a masked name at most, the session, and the choices of a card. */
record KioskCheckInResponse(KioskOutcome outcome, String message, String maskedName, SessionJson session,
                            OffsetDateTime checkedInAt, List<SessionJson> choices, String otherCentre,
                            OffsetDateTime nextSessionStart, Long checkInId, boolean repeated,
                            OffsetDateTime checkedOutAt, Long stayedMinutes) {

    static KioskCheckInResponse of(ScanResult result, String message) {
        return new KioskCheckInResponse(result.outcome(), message, result.maskedName(),
                result.session() == null ? null : SessionJson.of(result.session()), time(result.checkedInAt()),
                result.choices().stream().map(SessionJson::of).toList(), result.otherCentre(),
                time(result.nextSessionStart()), result.checkInId(), result.repeated(), time(result.checkedOutAt()),
                result.stayed() == null ? null : result.stayed().toMinutes());
    }

    private static OffsetDateTime time(java.time.Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    /** A session as the kiosk names it: programme, place and time (in the session's zone). */
    record SessionJson(long id, String programme, String place, OffsetDateTime start, OffsetDateTime end) {

        static SessionJson of(SessionSummary session) {
            return new SessionJson(session.id(), session.programmeTitle(), session.place(),
                    session.start().atZone(session.zone()).toOffsetDateTime(),
                    session.end().atZone(session.zone()).toOffsetDateTime());
        }
    }
}
