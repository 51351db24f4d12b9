package org.servicecentre.programme;

import java.util.List;

/**
 * What a resident's ticket link shows: their registration's state (and place on the waitlist), the sessions it is
 * for, their name masked if they left one, and what they were told. The QR is added by the page, and only while
 * the registration holds a place. {@code remindersOff}: the resident turned reminders off.
 */
public record TicketPage(long registrationId, String programmeCode, String programmeTitle, String organisationName,
                         RegistrationStatus status, Integer waitlistPosition, String maskedName,
                         List<SessionSummary> sessions, List<RegistrantNotice> notices, boolean remindersOff) {

    public TicketPage {
        sessions = List.copyOf(sessions);
        notices = List.copyOf(notices);
    }

    public boolean admits() {
        return status == RegistrationStatus.REGISTERED;
    }

    public boolean cancellable() {
        return status != RegistrationStatus.CANCELLED;
    }
}
