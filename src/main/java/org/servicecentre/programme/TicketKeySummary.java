package org.servicecentre.programme;

import java.time.Instant;

/** A ticket-signing key as the key screen shows it; never its key material. */
public record TicketKeySummary(String id, TicketKeyState state, Instant createdAt, Instant retiredAt) {
}
