package org.servicecentre.programme;

import java.time.Instant;
import java.util.List;

/**
 * What a verification found. For {@link TicketOutcome#MALFORMED}, {@link TicketOutcome#FORGED} and
 * {@link TicketOutcome#UNKNOWN_KEY} only the outcome is set: nothing a ticket says is believed before its signature
 * is. Never carries a name or a phone number.
 *
 * @param subject     registration or card; null when the ticket was not believed
 * @param subjectId   the registration or card id
 * @param residentId  whose ticket it is (pseudonymous id); null when the subject was not looked up (expired) or is gone
 * @param programmeId the programme a registration is for; null for a card
 * @param session     for a registration that is VALID: today's session (at the given centre), the current or next
 *                    one when there are several
 * @param elsewhere   for WRONG_CENTRE: today's sessions, at the centres where they are held
 * @param nextSession for WRONG_DAY: the next session after the check, or the last one when all are over
 * @param expires     when the ticket stops being valid, to the minute
 */
public record TicketCheck(TicketOutcome outcome, TicketSubject subject, Long subjectId, Long residentId,
                          Long programmeId, TicketSession session, List<TicketSession> elsewhere,
                          TicketSession nextSession, Instant expires) {

    public TicketCheck {
        elsewhere = elsewhere == null ? List.of() : List.copyOf(elsewhere);
    }

    static TicketCheck rejected(TicketOutcome outcome) {
        return new TicketCheck(outcome, null, null, null, null, null, List.of(), null, null);
    }

    public boolean valid() {
        return outcome == TicketOutcome.VALID;
    }
}
