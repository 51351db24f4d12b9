package org.servicecentre.programme;

import java.time.Instant;

/**
 * What a ticket says, before its signature: the key that signs it, what it admits and until when. Ids that do not
 * apply are 0 (a card has no programme; a whole-programme registration no session). Nothing personal.
 *
 * @param expires to the minute, as the token carries it
 */
record TicketToken(int keyId, TicketSubject subject, long subjectId, long programmeId, long sessionId,
                   Instant expires) {
}
