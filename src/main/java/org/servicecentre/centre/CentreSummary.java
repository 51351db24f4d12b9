package org.servicecentre.centre;

import java.time.ZoneId;

/** A centre as other modules and screens see it. */
public record CentreSummary(long id, String code, String name, CentreLevel level, long regionId, String regionName,
                            String address, String phone, ZoneId timeZone, boolean active) {
}
