package org.servicecentre.programme;

import java.time.Instant;
import java.time.ZoneId;

/** A session a ticket admits to, as a check-in screen shows it; {@code centreId} is null for an outside location. */
public record TicketSession(long sessionId, Long centreId, String centreName, Instant start, Instant end,
                           ZoneId zone) {

    static TicketSession of(TicketSubjects.SessionSlot slot) {
        return new TicketSession(slot.sessionId(), slot.centreId(), slot.centreName(), slot.start(), slot.end(),
                slot.zone());
    }
}
