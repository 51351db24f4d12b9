package org.servicecentre.organisation.web;

import org.servicecentre.organisation.OrganisationKind;
import org.servicecentre.organisation.OrganisationSummary;

/** An organisation as the API shows it. */
record OrganisationResponse(long id, String code, String name, OrganisationKind kind, long regionId,
                            String regionName, String address, String phone, String description, boolean active) {

    static OrganisationResponse of(OrganisationSummary organisation) {
        return new OrganisationResponse(organisation.id(), organisation.code(), organisation.name(),
                organisation.kind(), organisation.regionId(), organisation.regionName(), organisation.address(),
                organisation.phone(), organisation.description(), organisation.active());
    }
}
