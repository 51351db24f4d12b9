package org.servicecentre.programme;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * What the ticket code needs to know about the subject of a ticket: a registration (the sessions it admits to) or a
 * personal card. Implemented by the registration side of this module; read without the caller's scope, because a
 * kiosk or the public ticket page asks too.
 */
interface TicketSubjects {

    Optional<Subject> registration(long registrationId);

    Optional<Subject> card(long cardId);

    /**
     * @param revoked    cancelled registration, or a card replaced or withdrawn
     * @param sessions   the sessions a registration admits to (one, or every session of the programme); empty for a card
     * @param validUntil when a ticket for it stops being valid (after its last session; a card after some years)
     */
    record Subject(long id, long residentId, Long programmeId, Long sessionId, boolean revoked,
                   List<SessionSlot> sessions, Instant validUntil) {

        public Subject {
            sessions = List.copyOf(sessions);
        }
    }

    /** A session's place and time; {@code centreId} is null for a session held outside any centre. */
    record SessionSlot(long sessionId, Long centreId, String centreName, Instant start, Instant end, ZoneId zone) {
    }
}
