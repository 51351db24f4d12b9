package org.servicecentre.checkin;

import java.time.Instant;

/** A kiosk as managers see it: its state and when its device was last seen. */
public record KioskSummary(long id, long centreId, String centreName, String code, String name, KioskState state,
                           Instant pairingExpiresAt, Instant pairedAt, Instant lastSeenAt, Instant revokedAt) {
}
