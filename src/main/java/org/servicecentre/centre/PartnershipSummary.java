package org.servicecentre.centre;

import java.time.Instant;

/**
 * A partnership as screens and the API show it: the organisation and its target, either a centre or an alliance
 * (the other one's fields are null).
 */
public record PartnershipSummary(long id, long organisationId, String organisationName, Long centreId,
                                 String centreName, Long allianceId, String allianceName, String note,
                                 String createdBy, Instant createdAt) {

    /** Who created partnerships that the system made, such as the demo data seeded at first start. */
    public static final String SYSTEM = "system";

    public boolean createdBySystem() {
        return SYSTEM.equals(createdBy);
    }

    public boolean targetsAlliance() {
        return allianceId != null;
    }

    public String targetName() {
        return targetsAlliance() ? allianceName : centreName;
    }
}
