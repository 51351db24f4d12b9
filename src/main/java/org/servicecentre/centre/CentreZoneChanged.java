package org.servicecentre.centre;

import java.time.ZoneId;

/** A centre's time zone was changed: its local dates (and anything counted by them) now fall differently. */
public record CentreZoneChanged(long centreId, ZoneId previousZone, ZoneId zone) {
}
