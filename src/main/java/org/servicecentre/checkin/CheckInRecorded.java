package org.servicecentre.checkin;

import java.time.Instant;

/**
 * A successful check-in was kept: at the kiosk now, or synced later by a kiosk that was offline (then
 * {@code scannedAt} can lie days back).
 *
 * @param sessionId the session checked in to, null for a walk-in to the centre
 */
public record CheckInRecorded(long checkInId, long centreId, Long sessionId, Instant scannedAt) {
}
