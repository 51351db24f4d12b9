package org.servicecentre.centre.web;

import java.time.Instant;
import org.servicecentre.centre.PartnershipSummary;

/** A partnership as the API shows it; exactly one of centreId and allianceId is set. */
record PartnershipResponse(long id, long organisationId, String organisationName, Long centreId, String centreName,
                           Long allianceId, String allianceName, String note, String createdBy, Instant createdAt) {

    static PartnershipResponse of(PartnershipSummary p) {
        return new PartnershipResponse(p.id(), p.organisationId(), p.organisationName(), p.centreId(), p.centreName(),
                p.allianceId(), p.allianceName(), p.note(), p.createdBy(), p.createdAt());
    }
}
